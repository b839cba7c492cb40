/**
 * Where the article is: paragraphs score their ancestors (after Readability), the best
 * container is taken (or the ancestor of parts scoring close to it), climbs to a parent
 * that scores higher (or to one whose markup the page repeats around another part), and
 * is joined by siblings that continue it.
 */
import { type BlockDescriptor, type BlockTotals, PARAGRAPH_TAGS, isWrapper, linkDensity } from './block';
import { FURNITURE_TAGS, NEGATIVE_HINTS, POSITIVE_HINTS, isFurniture } from './hints';

const TEXT_CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font']);
const MIN_PARAGRAPH = 25;

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
function markInFurniture(blocks: readonly BlockDescriptor[], totals: BlockTotals, useHints: boolean): boolean[] {
  const inFurniture = new Array<boolean>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const looksLikeFurniture = useHints ? isFurniture(block) : FURNITURE_TAGS.has(block.tag);
    const own = block.hidden || (looksLikeFurniture && !isWrapper(blocks, totals, i, 0));
    inFurniture[i] = own || (block.parent >= 0 && inFurniture[block.parent]!);
  }
  return inFurniture;
}

function scoreCandidates(blocks: readonly BlockDescriptor[], totals: BlockTotals, inFurniture: boolean[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (inFurniture[i]) continue;
    // A list item with prose of its own is a paragraph of a post written as bullet points
    // (release notes, weekly updates); menus and link lists have no text outside their links.
    const isListItem = block.tag === 'li' && block.ownTextLength >= MIN_PARAGRAPH;
    const isParagraph = PARAGRAPH_TAGS.has(block.tag) || isListItem || (TEXT_CONTAINER_TAGS.has(block.tag) && block.ownTextLength >= MIN_PARAGRAPH);
    const length = totals.textLength[i]!;
    if (!isParagraph || length < MIN_PARAGRAPH) continue;
    const score = 1 + totals.commas[i]! + Math.min(Math.floor(length / 100), 3);
    let ancestor = PARAGRAPH_TAGS.has(block.tag) || isListItem ? block.parent : i;
    for (let level = 0; ancestor >= 0 && level < 5; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const previous = scores.get(ancestor) ?? initialScore(blocks[ancestor]!);
      scores.set(ancestor, previous + score / divider);
      ancestor = blocks[ancestor]!.parent;
    }
  }
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

/** How many of the best's runners-up are weighed, and how many must score close to it. */
const RUNNERS_UP = 4;
const CLOSE_RUNNERS_UP = 3;

/**
 * When the article is split among separate containers (the steps of a how-to, sections in
 * wrappers of their own), several candidates score close to the best. As in Readability:
 * when 3 of the 4 runners-up score at least 75% of the best, the nearest ancestor of the
 * best that holds 3 of them is the candidate instead. The best's own ancestors and
 * descendants are not runners-up: they score alike whenever the text is all in one place.
 */
function ancestorOfCloseCandidates(blocks: readonly BlockDescriptor[], totals: BlockTotals, scores: Map<number, number>, best: number): number {
  const contains = (outer: number, inner: number) => inner > outer && inner < totals.subtreeEnd[outer]!;
  // A dozen candidates on a median aeb-dev page, 229 at most: sorting them all is cheap.
  const close = [...scores]
    .filter(([i]) => i !== best && !contains(best, i) && !contains(i, best))
    .sort((a, b) => b[1] - a[1])
    .slice(0, RUNNERS_UP)
    .filter(([, score]) => score >= 0.75 * scores.get(best)!)
    .map(([i]) => i);
  if (close.length < CLOSE_RUNNERS_UP) return best;
  for (let at = blocks[best]!.parent; at >= 0 && blocks[at]!.tag !== 'body'; at = blocks[at]!.parent) {
    if (close.filter((i) => contains(at, i)).length >= CLOSE_RUNNERS_UP) return at;
  }
  return best;
}

/**
 * Climbs to a parent that scores higher, as Readability does, so split articles stay whole.
 * The climb stops at an ancestor scoring under a third of the top's score: a threshold
 * that fell with each ancestor's score climbed from a story to its page through a chain of
 * ever weaker wrappers (Yahoo, archiveofourown, the Los Angeles Times).
 */
function promote(blocks: readonly BlockDescriptor[], scores: Map<number, number>, top: number): number {
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = blocks[top]!.parent; parent >= 0 && blocks[parent]!.tag !== 'body'; parent = blocks[parent]!.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) return parent;
    lastScore = parentScore;
  }
  return top;
}

/** What a sibling must score to join the top candidate, as in Readability: a fifth of the top's score, and at least 10. */
const siblingThreshold = (topScore: number) => Math.max(10, topScore * 0.2);

/** The best score of a candidate inside block s (not in furniture); undefined for none. */
function bestScoreInside(s: number, totals: BlockTotals, scores: Map<number, number>, inFurniture: boolean[]): number | undefined {
  let best: number | undefined;
  for (const [i, score] of scores) if (i > s && i < totals.subtreeEnd[s]! && !inFurniture[i]) best = Math.max(best ?? -Infinity, score);
  return best;
}

/**
 * Siblings of the top candidate that continue the article (another part of a split body).
 * An only child is replaced by its parent first, as in Readability: the parts of an
 * article are often siblings of the top candidate's wrapper, not of the candidate itself.
 * A sibling with the top's very class and id gets a fifth of the top's score on top of its
 * own, as in Readability: a template's parts share their markup. Such a sibling whose
 * paragraphs sit deeper than scores climb (five levels) counts with its best candidate's
 * score: Quanta's opening section is nested two wrappers deeper than the rest.
 */
function joinSiblings(
  blocks: readonly BlockDescriptor[],
  totals: BlockTotals,
  scores: Map<number, number>,
  inFurniture: boolean[],
  candidate: number,
): { root: number; leftOut: number[] } {
  let top = candidate;
  const isOnlyChild = (i: number) => blocks[i]!.parent >= 0 && blocks[blocks[i]!.parent]!.tag !== 'body' && totals.children[blocks[i]!.parent]!.length === 1;
  while (isOnlyChild(top)) top = blocks[top]!.parent;
  const parent = blocks[top]!.parent;
  if (parent < 0) return { root: candidate, leftOut: [] };
  const topScore = scores.get(top) ?? 0;
  const threshold = siblingThreshold(topScore);
  const siblings = totals.children[parent]!;
  const joined = siblings.filter((s) => {
    if (s === top) return true;
    if (inFurniture[s]) return false;
    const sameClass = blocks[s]!.hints !== '' && blocks[s]!.hints === blocks[top]!.hints;
    const score = scores.get(s) ?? (sameClass ? bestScoreInside(s, totals, scores, inFurniture) : undefined);
    if (score !== undefined && score + (sameClass ? topScore * 0.2 : 0) >= threshold) return true;
    const length = totals.textLength[s]!;
    return blocks[s]!.tag === 'p' && length > 80 && linkDensity(totals, s) < 0.25;
  });
  if (joined.length === 1) return { root: candidate, leftOut: [] };
  return { root: parent, leftOut: siblings.filter((s) => !joined.includes(s)) };
}

/**
 * The top candidate's parent, when the page repeats that parent's markup around another
 * part of the article: the New York Times wraps each part of a story in its own
 * "story-body-supplemental" block, so the parts are cousins, not siblings. The repeat
 * must hold a candidate scoring what a joining sibling would.
 */
function parentOfRepeatedPart(blocks: readonly BlockDescriptor[], totals: BlockTotals, scores: Map<number, number>, inFurniture: boolean[], top: number): number {
  const parent = blocks[top]!.parent;
  const grandparent = parent >= 0 ? blocks[parent]!.parent : -1;
  if (grandparent < 0 || blocks[parent]!.tag === 'body' || !blocks[parent]!.hints) return top;
  const threshold = siblingThreshold(scores.get(top) ?? 0);
  const isRepeatedPart = (s: number) =>
    s !== parent && !inFurniture[s] && blocks[s]!.hints === blocks[parent]!.hints && (bestScoreInside(s, totals, scores, inFurniture) ?? 0) >= threshold;
  return totals.children[grandparent]!.some(isRepeatedPart) ? parent : top;
}

/** The article's root block and the siblings of its top candidate left out of it; undefined without any candidate. */
export function chooseRoot(blocks: readonly BlockDescriptor[], totals: BlockTotals, useHints: boolean): { root: number; leftOut: number[] } | undefined {
  const inFurniture = markInFurniture(blocks, totals, useHints);
  const scores = scoreCandidates(blocks, totals, inFurniture);
  const best = bestOf(scores);
  if (best === undefined) return undefined;
  const top = promote(blocks, scores, ancestorOfCloseCandidates(blocks, totals, scores, best));
  return joinSiblings(blocks, totals, scores, inFurniture, parentOfRepeatedPart(blocks, totals, scores, inFurniture, top));
}
