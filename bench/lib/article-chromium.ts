import type { PageRun } from '../article';
import type { AebPage } from './aeb-data';

export async function runInChromium(_pages: readonly AebPage[]): Promise<PageRun[]> {
  throw new Error('not yet');
}
