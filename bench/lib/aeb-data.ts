/** Loads a folder in the aeb-dev layout: html/<id>.html.gz and ground-truth.json. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface AebPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export const DEFAULT_AEB_DIR = '../shared/data/articles/aeb-dev';

/** The page's address for the parsers: its own when the ground truth gives a valid one, else a stand-in on a host of its own. */
function pageUrl(id: string, url: unknown): string {
  if (typeof url === 'string' && URL.canParse(url)) return url;
  return `http://page.invalid/${encodeURIComponent(id)}`;
}

export function loadAebPages(dir: string): AebPage[] {
  // Each entry is {articleBody, url}; a bare string is taken as the article body.
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string } | string>;
  return readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .flatMap((name) => {
      const id = name.slice(0, -'.html.gz'.length);
      const entry = truth[id];
      if (!entry) {
        // A page without ground truth cannot be scored: say so and score the rest.
        console.error(`skipping ${name}: no ground truth for ${id}`);
        return [];
      }
      const { articleBody, url } = typeof entry === 'string' ? { articleBody: entry, url: undefined } : entry;
      return [{ id, url: pageUrl(id, url), html: gunzipSync(readFileSync(join(dir, 'html', name))).toString('utf8'), truth: articleBody ?? '' }];
    });
}
