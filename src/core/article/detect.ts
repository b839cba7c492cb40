/**
 * Picks the article in a page described by block descriptors: scores paragraphs into
 * their ancestors (after Readability), takes the best container, joins sibling blocks
 * that belong to it, and names the furniture inside it to leave out of the text.
 */
import { type BlockDescriptor, type BlockTotals, computeTotals, linkDensity } from './block';
import { FURNITURE_ROLES, FURNITURE_TAGS, NEGATIVE_HINTS, POSITIVE_HINTS, hasFurnitureHint } from './hints';

/** The detector's answer: the root block, the blocks inside it to leave out, and the verdict. */
export interface ArticleDetection {
  root: number;
  /** Topmost descendants of root whose whole subtree is not article text. */
  excluded: number[];
  /** Whitespace-collapsed characters of article text. */
  textLength: number;
  /** False for pages that are not articles (search results, apps, home pages). */
  isArticle: boolean;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
const TEXT_CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font']);
const MIN_PARAGRAPH = 25;
/** Below this much text a page is not treated as an article. */
const MIN_ARTICLE_TEXT = 500;
const NEVER_FURNITURE = new Set(['html', 'body', 'main', 'article']);

/** True for an element that is page furniture by its tag, role, hints or visibility. */
function isFurniture(block: BlockDescriptor): boolean {
  if (block.hidden) return true;
  if (NEVER_FURNITURE.has(block.tag)) return false;
  return FURNITURE_TAGS.has(block.tag) || FURNITURE_ROLES.has(block.role) || hasFurnitureHint(block.hints);
}

function initialScore(block: BlockDescriptor): number {
  let score = 0;
  if (block.tag === 'div' || block.tag === 'article' || block.tag === 'main') score += 5;
  else if (block.tag === 'pre' || block.tag === 'td' || block.tag === 'blockquote' || block.tag === 'section') score += 3;
  else if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(block.tag)) score -= 3;
  else if (/^h[1-6]$/.test(block.tag) || block.tag === 'th') score -= 5;
  if (block.tag === 'article' || block.role === 'main' || block.role === 'article') score += 10;
  if (block.hints) {
    if (NEGATIVE_HINTS.test(block.hints)) score -= 25;
    if (POSITIVE_HINTS.test(block.hints)) score += 25;
  }
  return score;
}

/** Marks every block inside furniture; furniture text then counts for nothing. */
function markInFurniture(blocks: readonly BlockDescriptor[], useHints: boolean): boolean[] {
  const inFurniture = new Array<boolean>(blocks.length).fill(false);
  blocks.forEach((block, i) => {
    const own = useHints ? isFurniture(block) : block.hidden || FURNITURE_TAGS.has(block.tag);
    inFurniture[i] = own || (block.parent >= 0 && inFurniture[block.parent]!);
  });
  return inFurniture;
}

function scoreCandidates(blocks: readonly BlockDescriptor[], totals: BlockTotals, inFurniture: boolean[]): Map<number, number> {
  const scores = new Map<number, number>();
  blocks.forEach((block, i) => {
    if (inFurniture[i]) return;
    const isParagraph = PARAGRAPH_TAGS.has(block.tag) || (TEXT_CONTAINER_TAGS.has(block.tag) && block.ownTextLength >= MIN_PARAGRAPH);
    const length = totals.textLength[i]!;
    if (!isParagraph || length < MIN_PARAGRAPH) return;
    const score = 1 + totals.commas[i]! + Math.min(Math.floor(length / 100), 3);
    let ancestor = PARAGRAPH_TAGS.has(block.tag) ? block.parent : i;
    for (let level = 0; ancestor >= 0 && level < 5; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const previous = scores.get(ancestor) ?? initialScore(blocks[ancestor]!);
      scores.set(ancestor, previous + score / divider);
      ancestor = blocks[ancestor]!.parent;
    }
  });
  for (const [i, score] of scores) scores.set(i, score * (1 - linkDensity(totals, i)));
  return scores;
}

function bestOf(scores: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const [i, score] of scores) {
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Climbs to a parent that scores higher, as Readability does, so split articles stay whole. */
function promote(blocks: readonly BlockDescriptor[], scores: Map<number, number>, top: number): number {
  let lastScore = scores.get(top) ?? 0;
  for (let parent = blocks[top]!.parent; parent >= 0 && blocks[parent]!.tag !== 'body'; parent = blocks[parent]!.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < lastScore / 3) break;
    if (parentScore > lastScore) return parent;
    lastScore = parentScore;
  }
  return top;
}

/** Siblings of the top candidate that continue the article (another part of a split body). */
function joinSiblings(
  blocks: readonly BlockDescriptor[],
  totals: BlockTotals,
  scores: Map<number, number>,
  inFurniture: boolean[],
  top: number,
): { root: number; leftOut: number[] } {
  const parent = blocks[top]!.parent;
  if (parent < 0) return { root: top, leftOut: [] };
  const threshold = Math.max(10, (scores.get(top) ?? 0) * 0.2);
  const siblings = totals.children[parent]!;
  const joined = siblings.filter((s) => {
    if (s === top) return true;
    if (inFurniture[s]) return false;
    const score = scores.get(s);
    if (score !== undefined && score >= threshold) return true;
    const length = totals.textLength[s]!;
    return blocks[s]!.tag === 'p' && length > 80 && linkDensity(totals, s) < 0.25;
  });
  if (joined.length === 1) return { root: top, leftOut: [] };
  return { root: parent, leftOut: siblings.filter((s) => !joined.includes(s)) };
}

/** Link lists and furniture inside the article root ("read also", share bars, tags). */
function furnitureInside(
  blocks: readonly BlockDescriptor[],
  totals: BlockTotals,
  root: number,
  alreadyOut: readonly number[],
): number[] {
  const out = new Set(alreadyOut);
  const excluded: number[] = [...alreadyOut];
  const isOut = new Array<boolean>(blocks.length).fill(false);
  for (let i = root + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.parent < root) break; // preorder: the subtree of root ends here
    if (isOut[block.parent] ?? false) {
      isOut[i] = true;
      continue;
    }
    const linky =
      ['ul', 'ol', 'div', 'section', 'nav', 'table'].includes(block.tag) &&
      totals.textLength[i]! > 0 &&
      linkDensity(totals, i) > 0.5;
    if (out.has(i) || isFurniture(block) || linky) {
      isOut[i] = true;
      if (!out.has(i)) excluded.push(i);
    }
  }
  return excluded;
}

/** Text left in root once the excluded subtrees are taken out. */
function keptTextLength(totals: BlockTotals, root: number, excluded: readonly number[]): number {
  return excluded.reduce((sum, i) => sum - totals.textLength[i]!, totals.textLength[root]!);
}

/** Readability's isProbablyReaderable measure over paragraphs in the root. */
function readerScore(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number, excluded: ReadonlySet<number>): number {
  let score = 0;
  for (let i = root; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (i > root && block.parent < root) break;
    if (!PARAGRAPH_TAGS.has(block.tag) && !(block.ownTextLength >= 140)) continue;
    if (excluded.has(i)) continue;
    const length = totals.textLength[i]!;
    if (length >= 140) score += Math.sqrt(length - 140);
  }
  return score;
}

function detectWith(blocks: readonly BlockDescriptor[], totals: BlockTotals, useHints: boolean): ArticleDetection | undefined {
  const inFurniture = markInFurniture(blocks, useHints);
  const scores = scoreCandidates(blocks, totals, inFurniture);
  const best = bestOf(scores);
  if (best === undefined) return undefined;
  const top = promote(blocks, scores, best);
  const { root, leftOut } = joinSiblings(blocks, totals, scores, inFurniture, top);
  const excluded = furnitureInside(blocks, totals, root, leftOut);
  const textLength = keptTextLength(totals, root, excluded);
  const excludedSet = new Set(excluded);
  const isArticle = textLength >= MIN_ARTICLE_TEXT && readerScore(blocks, totals, root, excludedSet) >= 20;
  return { root, excluded, textLength, isArticle };
}

/**
 * Finds the article. Tries with class/id hints first; when that leaves too little text
 * (a site that names its content wrapper "sidebar-layout"), tries again without them.
 */
export function detectArticle(blocks: readonly BlockDescriptor[]): ArticleDetection | undefined {
  if (blocks.length === 0) return undefined;
  const totals = computeTotals(blocks);
  const withHints = detectWith(blocks, totals, true);
  if (withHints?.isArticle) return withHints;
  const withoutHints = detectWith(blocks, totals, false);
  if (withoutHints?.isArticle) return withoutHints;
  return withHints ?? withoutHints;
}
