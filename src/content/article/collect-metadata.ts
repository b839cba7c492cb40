/** Gathers the raw strings core/article/metadata decides from. */
import type { MetadataSource } from '../../core/article/metadata';

const MAX_JSON_LD = 200_000;

function parseJsonLd(document: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try {
      blocks.push(JSON.parse(text));
    } catch {
      // A broken JSON-LD block is the page's problem, not ours.
    }
  }
  return blocks;
}

function metaTags(document: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const tag of document.querySelectorAll('meta[content]')) {
    const name = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? '').toLowerCase();
    if (name && !(name in meta)) meta[name] = tag.getAttribute('content') ?? '';
  }
  return meta;
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
}

/**
 * Collects metadata strings, preferring what lies inside the article root. `bylineHint`
 * is an element whose class names a byline, found during the block walk (a
 * [class*=byline] selector over a whole page is the slowest query here).
 */
export function collectMetadata(document: Document, root: Element | undefined, bylineHint?: Element): MetadataSource {
  const scopes = root ? [root, document] : [document];
  const first = (selector: string): Element | null => {
    for (const scope of scopes) {
      const found = scope.querySelector(selector);
      if (found) return found;
    }
    return null;
  };
  const headings = [...(root?.querySelectorAll('h1') ?? []), ...document.querySelectorAll('h1')].map(textOf).filter(Boolean);
  return {
    documentTitle: document.title,
    meta: metaTags(document),
    jsonLd: parseJsonLd(document),
    headings,
    bylineText: textOf(first('[rel="author"], [itemprop="author"]') ?? bylineHint),
    timeText: first('time[datetime]')?.getAttribute('datetime') ?? '',
    hostname: document.location?.hostname ?? '',
    lang: document.documentElement.lang,
  };
}

/** The page's own canonical URL claim (link rel=canonical, else og:url). */
export function canonicalHref(document: Document): string | undefined {
  const link = document.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  return link ?? og ?? undefined;
}
