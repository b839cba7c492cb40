/**
 * Picks the article in a page described by block descriptors: chooses the root
 * (candidates), names what inside it is not article text (inside-root), and says whether
 * what is left reads as an article (prose).
 */
import { type BlockDescriptor, type BlockTotals, computeTotals } from './block';
import { chooseRoot } from './candidates';
import { excludedInside } from './inside-root';
import { readsAsArticle } from './prose';

/** The detector's answer: the root block, the blocks inside it to leave out, and the verdict. */
export interface ArticleDetection {
  root: number;
  /** Topmost descendants of root whose whole subtree is not article text. */
  excluded: number[];
  /** False for pages that are not articles (search results, apps, home pages). */
  isArticle: boolean;
}

function detectWith(blocks: readonly BlockDescriptor[], totals: BlockTotals, useHints: boolean, denseScript: boolean): ArticleDetection | undefined {
  const chosen = chooseRoot(blocks, totals, useHints);
  if (!chosen) return undefined;
  const excluded = excludedInside(blocks, totals, chosen.root, chosen.leftOut);
  return { root: chosen.root, excluded, isArticle: readsAsArticle(blocks, totals, chosen.root, excluded, denseScript) };
}

/**
 * Finds the article. Tries with class/id hints first; when that leaves too little text
 * (a site that names its content wrapper "sidebar-layout"), tries again without them.
 * `denseScript`: the page is written in Chinese, Japanese or Korean.
 */
export function detectArticle(blocks: readonly BlockDescriptor[], denseScript = false): ArticleDetection | undefined {
  if (blocks.length === 0) return undefined;
  const totals = computeTotals(blocks);
  const withHints = detectWith(blocks, totals, true, denseScript);
  if (withHints?.isArticle) return withHints;
  const withoutHints = detectWith(blocks, totals, false, denseScript);
  if (withoutHints?.isArticle) return withoutHints;
  return withHints ?? withoutHints;
}
