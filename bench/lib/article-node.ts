/** Runs both extractors on each page in Node, on a jsdom document with scripts off. */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageRun } from '../article';
import type { AebPage } from './aeb-data';
import { extractWithGloss, extractWithReadability } from './extractors';

const now = () => performance.now();

/** jsdom's CSS parser crashes on some real stylesheets; styles play no part in extraction. */
export function withoutStyles(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/gi, '');
}

export function runInNode(pages: readonly AebPage[]): PageRun[] {
  const quiet = new VirtualConsole();
  return pages.map((page) => {
    // Each extractor gets its own fresh document, parsed outside the timing.
    const forGloss = new JSDOM(withoutStyles(page.html), { url: page.url, virtualConsole: quiet }).window.document;
    const forReadability = new JSDOM(withoutStyles(page.html), { url: page.url, virtualConsole: quiet }).window.document;
    const gloss = extractWithGloss(forGloss, now);
    const readability = extractWithReadability(forReadability, now);
    return { id: page.id, truth: page.truth, gloss, readability };
  });
}
