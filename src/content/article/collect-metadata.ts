/** Gathers the raw strings core/article/metadata decides from (the background decides). */
import type { MetadataSource } from '../../core/article/metadata';
import { METADATA_LIMITS } from '../../core/model/limits';
import { squashWhitespace } from '../../core/model/whitespace';
import { buildTextIndex } from '../text-index/text-index';

function textOf(element: Element | null | undefined): string {
  return squashWhitespace(element?.textContent ?? '').slice(0, METADATA_LIMITS.TEXT);
}

/** The first `limit` elements of a list (item(i): indexing a collection goes through a proxy in jsdom). */
function firstOf(list: NodeListOf<Element> | HTMLCollectionOf<Element>, limit: number): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < list.length && i < limit; i++) found.push(list.item(i)!);
  return found;
}

/**
 * Collects metadata strings. `bylineHint` is the byline element found during the block
 * walk (a [class*=byline] selector over a whole page is the slowest query here).
 */
export function collectMetadata(document: Document, bylineHint?: Element): MetadataSource {
  const clip = (value: string | null) => (value ?? '').slice(0, METADATA_LIMITS.TEXT);
  return {
    documentTitle: clip(document.title),
    metaTags: firstOf(document.getElementsByTagName('meta'), METADATA_LIMITS.ITEMS * 2)
      .filter((tag) => tag.hasAttribute('content'))
      .slice(0, METADATA_LIMITS.ITEMS)
      .map((tag) => ({
        property: clip(tag.getAttribute('property')),
        name: clip(tag.getAttribute('name')),
        content: clip(tag.getAttribute('content')),
      })),
    jsonLd: firstOf(document.getElementsByTagName('script'), METADATA_LIMITS.ITEMS)
      .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
      .map((script) => script.textContent ?? '')
      .filter((text) => text.length <= METADATA_LIMITS.JSON_LD)
      .slice(0, 20),
    // A selector list gives both tags in document order, natively.
    headings: firstOf(document.querySelectorAll('h1, h2'), METADATA_LIMITS.ITEMS).map((h) => ({ tag: h.localName === 'h1' ? 'h1' : 'h2', text: textOf(h) })),
    // Its text as the reader sees it, blocks and line breaks parted ("KIRKA</div><div>Associated Press").
    bylineText: (bylineHint ? buildTextIndex(bylineHint).text : '').trim().slice(0, METADATA_LIMITS.TEXT),
    hostname: document.location?.hostname ?? '',
    lang: clip(document.documentElement.lang),
  };
}

/** The page's own canonical URL claim (link rel=canonical, else og:url). */
export function canonicalHref(document: Document): string | undefined {
  const link = document.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  return link ?? og ?? undefined;
}
