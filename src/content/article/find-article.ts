/** Finds the article in the live DOM: descriptors in, core decides, elements out. */
import { detectArticle } from '../../core/article/detect';
import { MIN_ARTICLE_TEXT } from '../../core/article/prose';
import type { MetadataSource } from '../../core/article/metadata';
import { type CollectedBlocks, collectBlocks } from './collect-blocks';
import { collectMetadata } from './collect-metadata';

/** The article as found in the page. */
export interface FoundArticle {
  root: Element;
  /** Elements inside root whose text is not article text. */
  excluded: Set<Element>;
  isArticle: boolean;
  /** The page has more elements than the walk reads: no article was looked for. */
  tooLarge: boolean;
  /** Raw metadata strings, for the background to decide title, byline, date and site. */
  metadataSource: MetadataSource;
}

/** Languages whose script says more per character (the page's declared language). */
const DENSE_SCRIPT_LANG = /^(zh|ja|ko)\b/i;

const BYLINE_HINTS = /byline|author|dateline|writtenby|p-author/;

/**
 * The page's byline element as Readability finds it: the first element, in document
 * order, marked rel=author, itemprop=author or with a byline-like class or id, whose text
 * is short (1-99 characters); its [itemprop=name] child if it has one. What the walk read
 * comes first (inside summarized furniture it reads rel=author links only): searching
 * furniture for byline classes or itemprop on every page cost more than the walk saved.
 */
function bylineElement(document: Document, { blocks, elements, authorMarked }: CollectedBlocks): Element | undefined {
  const isShort = (element: Element) => {
    const length = (element.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  let found: Element | undefined;
  let sawHint = false;
  for (let i = 0; i < blocks.length && !found; i++) {
    if (!BYLINE_HINTS.test(blocks[i]!.hints)) continue;
    sawHint = true;
    if (isShort(elements[i]!)) found = elements[i];
  }
  // itemprop=author inside summarized furniture is looked for only when the walk saw no candidate at all.
  const marked = authorMarked ?? (sawHint ? undefined : (document.body.querySelector('[itemprop*="author"]') ?? undefined));
  if (marked && isShort(marked) && (!found || marked.compareDocumentPosition(found) & 4 /* found follows marked */)) found = marked;
  return found?.querySelector('[itemprop="name"]') ?? found;
}

/** Detects the article under document.body; undefined for an empty or giant page. */
export function findArticle(document: Document): FoundArticle | undefined {
  const body = document.body;
  if (!body) return undefined;
  const denseScript = DENSE_SCRIPT_LANG.test(document.documentElement.lang);
  let collected = collectBlocks(body);
  let detection = collected.truncated ? undefined : detectArticle(collected.blocks, denseScript);
  // Detection retries without class/id hints when they leave no article; it can only find
  // one inside "furniture" it has read. Rare, so the whole page is read only then.
  if (!collected.truncated && !detection?.isArticle && collected.largestSummarizedByHints >= MIN_ARTICLE_TEXT) {
    collected = collectBlocks(body, false);
    detection = collected.truncated ? undefined : detectArticle(collected.blocks, denseScript);
  }
  const { elements } = collected;
  const root = detection ? elements[detection.root] : undefined;
  const metadataSource = collectMetadata(document, bylineElement(document, collected));
  if (!detection || !root) return { root: body, excluded: new Set(), isArticle: false, tooLarge: collected.truncated, metadataSource };
  const excluded = new Set(detection.excluded.map((i) => elements[i]!));
  return { root, excluded, isArticle: detection.isArticle, tooLarge: false, metadataSource };
}
