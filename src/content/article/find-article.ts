/** Finds the article in the live DOM: descriptors in, core decides, elements out. */
import { detectArticle, findBylineBlock } from '../../core/article/detect';
import { type ArticleMetadata, extractMetadata } from '../../core/article/metadata';
import { collectBlocks } from './collect-blocks';
import { collectMetadata } from './collect-metadata';

/** Test hook and styling anchor: set on the detected article root. */
export const ARTICLE_ATTRIBUTE = 'data-gloss-article';

/** The article as found in the page. */
export interface FoundArticle {
  root: Element;
  /** Elements inside root whose text is not article text. */
  excluded: Set<Element>;
  isArticle: boolean;
  metadata: ArticleMetadata;
}

/** Detects the article under document.body; undefined for an empty or giant page. */
export function findArticle(document: Document): FoundArticle | undefined {
  const body = document.body;
  if (!body) return undefined;
  const { blocks, elements, truncated } = collectBlocks(body);
  const detection = truncated ? undefined : detectArticle(blocks);
  const root = detection ? elements[detection.root] : undefined;
  const metadata = extractMetadata(collectMetadata(document, root, elements[findBylineBlock(blocks, detection?.root)]));
  if (!detection || !root) return { root: body, excluded: new Set(), isArticle: false, metadata };
  const excluded = new Set(detection.excluded.map((i) => elements[i]!));
  return { root, excluded, isArticle: detection.isArticle, metadata };
}
