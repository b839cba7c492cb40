/**
 * Picks the article in a page described by block descriptors: scores paragraphs into
 * their ancestors (after Readability), takes the best container, joins sibling blocks
 * that belong to it, and names the furniture inside it to leave out of the text.
 */
import { type BlockDescriptor, type BlockTotals, computeTotals, linkDensity } from './block';
import { FURNITURE_TAGS, META_HINTS, NEGATIVE_HINTS, POSITIVE_HINTS, RELATED_LABELS, BOILERPLATE_LEADS, isFurniture } from './hints';

/** The detector's answer: the root block, the blocks inside it to leave out, and the verdict. */
export interface ArticleDetection {
  root: number;
  /** Topmost descendants of root whose whole subtree is not article text. */
  excluded: number[];
  /** False for pages that are not articles (search results, apps, home pages). */
  isArticle: boolean;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
const TEXT_CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font']);
const MIN_PARAGRAPH = 25;
/** Below this much text a page is not treated as an article. */
export const MIN_ARTICLE_TEXT = 300;

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

/** Furniture by its very tag: however much text it holds, it is no wrapper (a live feed in an <aside> can outweigh the article). */
const NEVER_WRAPPERS = new Set(['aside', 'nav', 'footer']);

/**
 * A "furniture" element that holds most of the text around it is a wrapper (an ASP.NET
 * page-wide <form>, a "sidebar-layout" div around the content), not furniture.
 */
function isWrapper(blocks: readonly BlockDescriptor[], totals: BlockTotals, i: number, around: number): boolean {
  if (NEVER_WRAPPERS.has(blocks[i]!.tag)) return false;
  const text = totals.textLength[i]!;
  return text > 1000 && text >= 0.5 * totals.textLength[around]!;
}

/** Marks every block inside furniture; furniture text then counts for nothing. */
function markInFurniture(blocks: readonly BlockDescriptor[], totals: BlockTotals, useHints: boolean): boolean[] {
  const inFurniture = new Array<boolean>(blocks.length).fill(false);
  blocks.forEach((block, i) => {
    const looksLikeFurniture = useHints ? isFurniture(block) : FURNITURE_TAGS.has(block.tag);
    const own = block.hidden || (looksLikeFurniture && !isWrapper(blocks, totals, i, 0));
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
  const runnersUp: [number, number][] = [];
  for (const [i, score] of scores) {
    if (i === best || contains(best, i) || contains(i, best)) continue;
    if (runnersUp.length === RUNNERS_UP && score <= runnersUp[RUNNERS_UP - 1]![1]) continue;
    runnersUp.push([i, score]);
    runnersUp.sort((a, b) => b[1] - a[1]);
    runnersUp.length = Math.min(runnersUp.length, RUNNERS_UP);
  }
  const close = runnersUp.filter(([, score]) => score >= 0.75 * scores.get(best)!).map(([i]) => i);
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

/**
 * Siblings of the top candidate that continue the article (another part of a split body).
 * An only child is replaced by its parent first, as in Readability: the parts of an
 * article are often siblings of the top candidate's wrapper, not of the candidate itself.
 * A sibling with the top's very class and id gets a fifth of the top's score on top of its
 * own, as in Readability: a template's parts share their markup.
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
  const threshold = Math.max(10, (scores.get(top) ?? 0) * 0.2);
  const siblings = totals.children[parent]!;
  const joined = siblings.filter((s) => {
    if (s === top) return true;
    if (inFurniture[s]) return false;
    const score = scores.get(s);
    const sameClass = blocks[s]!.hints !== '' && blocks[s]!.hints === blocks[top]!.hints;
    if (score !== undefined && score + (sameClass ? (scores.get(top) ?? 0) * 0.2 : 0) >= threshold) return true;
    const length = totals.textLength[s]!;
    return blocks[s]!.tag === 'p' && length > 80 && linkDensity(totals, s) < 0.25;
  });
  if (joined.length === 1) return { root: candidate, leftOut: [] };
  return { root: parent, leftOut: siblings.filter((s) => !joined.includes(s)) };
}

const LINE_TAGS = new Set(['p', 'div', 'li', 'section', 'aside', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'blockquote', 'dd', 'dt', 'td']);

/** The nearest line-level block around an element (the <p> around a <strong>READ MORE:</strong>). */
function enclosingBlock(blocks: readonly BlockDescriptor[], i: number, root: number): number {
  for (let at = i; at > root; at = blocks[at]!.parent) if (LINE_TAGS.has(blocks[at]!.tag)) return at;
  return i;
}

/** A block whose text is nearly all one or more links ("<p><a>Other story</a></p>"). */
function isLinkLine(blocks: readonly BlockDescriptor[], totals: BlockTotals, i: number): boolean {
  const text = totals.textLength[i]!;
  return text > 0 && text < 200 && linkDensity(totals, i) >= 0.9 && LINE_TAGS.has(blocks[i]!.tag);
}

/**
 * A line of capitals that is all link: a promo for another story or the app ("GET FOX
 * BUSINESS ON THE GO BY CLICKING HERE"). Every element in it with text of its own is in capitals.
 */
function isShoutedLinkLine(blocks: readonly BlockDescriptor[], totals: BlockTotals, i: number): boolean {
  if (!isLinkLine(blocks, totals, i) || totals.textLength[i]! < 20) return false;
  for (let at = i; at < totals.subtreeEnd[i]!; at++) if (blocks[at]!.ownTextLength > 0 && !blocks[at]!.shouted) return false;
  return true;
}

/**
 * Boilerplate inside the article, found by what it says: lines that begin like
 * boilerplate ("READ MORE:", "Advertisement"), sections introduced by a "Related" /
 * "You may also like" cue with the link lines after it, runs of two or more lines
 * that are nothing but links, and single link lines in capitals.
 */
function boilerplateSections(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number): number[] {
  const out: number[] = [];
  for (let i = root + 1; i < totals.subtreeEnd[root]!; i++) {
    const block = blocks[i]!;
    if (block.lead && BOILERPLATE_LEADS.test(block.lead)) {
      const line = enclosingBlock(blocks, i, root);
      if (totals.textLength[line]! < 300) out.push(line);
      continue;
    }
    const cue = block.label || block.lead;
    if (!cue || !RELATED_LABELS.test(cue)) continue;
    const line = block.label ? i : enclosingBlock(blocks, i, root);
    if (totals.textLength[line]! > 120) continue; // a sentence that merely starts with "Latest", not a section title
    const parent = blocks[line]!.parent;
    if (parent !== root && linkDensity(totals, parent) > 0.25 && totals.textLength[parent]! < 0.3 * totals.textLength[root]!) {
      out.push(parent);
      continue;
    }
    out.push(line);
    const siblings = totals.children[parent]!;
    for (const sibling of siblings.slice(siblings.indexOf(line) + 1)) {
      if (blocks[sibling]!.label) break;
      if (linkDensity(totals, sibling) <= 0.25 && !['ul', 'ol'].includes(blocks[sibling]!.tag)) break;
      out.push(sibling);
    }
  }
  for (let i = root; i < totals.subtreeEnd[root]!; i++) {
    const children = totals.children[i]!;
    for (let k = 0; k < children.length; k++) {
      if (!isLinkLine(blocks, totals, children[k]!)) continue;
      let end = k;
      while (end + 1 < children.length && isLinkLine(blocks, totals, children[end + 1]!)) end++;
      if (end > k) out.push(...children.slice(k, end + 1));
      else if (isShoutedLinkLine(blocks, totals, children[k]!)) out.push(children[k]!);
      k = end;
    }
  }
  return out;
}

/** The headline (metadata, not body text) and bylines, datelines, captions, tag lists. */
function isMetaInside(block: BlockDescriptor): boolean {
  return block.tag === 'h1' || block.tag === 'figure' || block.tag === 'figcaption' || (block.hints !== '' && META_HINTS.test(block.hints));
}

const LIST_LIKE_TAGS = new Set(['ul', 'ol', 'div', 'section', 'nav', 'table']);

/**
 * The topmost blocks inside the article root to leave out: those already named (split-off
 * siblings, boilerplate sections), link lists, and furniture. A block inside one that is
 * out is not listed again, so its text is never subtracted twice.
 */
function furnitureInside(
  blocks: readonly BlockDescriptor[],
  totals: BlockTotals,
  root: number,
  named: readonly number[],
): number[] {
  const isNamed = new Set(named);
  const excluded: number[] = [];
  const isOut = new Array<boolean>(blocks.length).fill(false);
  for (let i = root + 1; i < totals.subtreeEnd[root]!; i++) {
    const block = blocks[i]!;
    if (isOut[block.parent]) {
      isOut[i] = true;
      continue;
    }
    const linky = LIST_LIKE_TAGS.has(block.tag) && totals.textLength[i]! > 0 && linkDensity(totals, i) > 0.5;
    const furniture = block.hidden || ((isFurniture(block) || linky || isMetaInside(block)) && !isWrapper(blocks, totals, i, root));
    if (isNamed.has(i) || furniture) {
      isOut[i] = true;
      excluded.push(i);
    }
  }
  return excluded;
}

/** Text left in root once the excluded subtrees are taken out. */
function keptTextLength(totals: BlockTotals, root: number, excluded: readonly number[]): number {
  return excluded.reduce((sum, i) => sum - totals.textLength[i]!, totals.textLength[root]!);
}

/** What the kept text of the root looks like: prose paragraphs, or lists of links. */
interface ProseEvidence {
  /** Readability's isProbablyReaderable measure: sum of sqrt(length - 140) over long paragraphs. */
  readerScore: number;
  /** Paragraphs of at least PROSE_PARAGRAPH characters. */
  paragraphs: number;
  linkText: number;
}

const PROSE_PARAGRAPH = 60;

/**
 * Chinese, Japanese and Korean say in one character what English says in three or so:
 * their lengths count this many times over against thresholds set for Latin text.
 */
const DENSE_SCRIPT_WEIGHT = 3;

function proseEvidence(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number, excluded: ReadonlySet<number>, weight: number): ProseEvidence {
  const evidence: ProseEvidence = { readerScore: 0, paragraphs: 0, linkText: 0 };
  const out = new Set<number>();
  for (let i = root; i < totals.subtreeEnd[root]!; i++) {
    const block = blocks[i]!;
    if (excluded.has(i) || out.has(block.parent)) {
      out.add(i);
      continue;
    }
    if (block.tag === 'a') evidence.linkText += totals.textLength[i]!;
    const isParagraph = PARAGRAPH_TAGS.has(block.tag) || block.ownTextLength >= PROSE_PARAGRAPH;
    if (!isParagraph) continue;
    const length = (totals.textLength[i]! - totals.linkTextLength[i]!) * weight;
    if (length >= PROSE_PARAGRAPH) evidence.paragraphs++;
    if (length >= 140) evidence.readerScore += Math.sqrt(length - 140);
  }
  return evidence;
}

/**
 * Articles are prose: enough text, not mostly links, in long paragraphs (Readability's
 * test) or in several shorter ones (news sites that write one sentence per paragraph).
 */
function isArticleLike(textLength: number, evidence: ProseEvidence): boolean {
  if (textLength < MIN_ARTICLE_TEXT) return false;
  const linkShare = evidence.linkText / textLength;
  if (linkShare > 0.5 || (linkShare > 0.3 && evidence.paragraphs < 5)) return false;
  // 16: one paragraph of about 400 characters (a news brief); Readability asks for 20.
  return evidence.readerScore >= 16 || evidence.paragraphs >= 3;
}

function detectWith(blocks: readonly BlockDescriptor[], totals: BlockTotals, useHints: boolean, weight: number): ArticleDetection | undefined {
  const inFurniture = markInFurniture(blocks, totals, useHints);
  const scores = scoreCandidates(blocks, totals, inFurniture);
  const best = bestOf(scores);
  if (best === undefined) return undefined;
  const top = promote(blocks, scores, ancestorOfCloseCandidates(blocks, totals, scores, best));
  const { root, leftOut } = joinSiblings(blocks, totals, scores, inFurniture, top);
  const excluded = furnitureInside(blocks, totals, root, [...leftOut, ...boilerplateSections(blocks, totals, root)]);
  const isArticle = isArticleLike(keptTextLength(totals, root, excluded) * weight, proseEvidence(blocks, totals, root, new Set(excluded), weight));
  return { root, excluded, isArticle };
}

/**
 * Finds the article. Tries with class/id hints first; when that leaves too little text
 * (a site that names its content wrapper "sidebar-layout"), tries again without them.
 * `denseScript`: the page is written in Chinese, Japanese or Korean.
 */
export function detectArticle(blocks: readonly BlockDescriptor[], denseScript = false): ArticleDetection | undefined {
  if (blocks.length === 0) return undefined;
  const totals = computeTotals(blocks);
  const weight = denseScript ? DENSE_SCRIPT_WEIGHT : 1;
  const withHints = detectWith(blocks, totals, true, weight);
  if (withHints?.isArticle) return withHints;
  const withoutHints = detectWith(blocks, totals, false, weight);
  if (withoutHints?.isArticle) return withoutHints;
  return withHints ?? withoutHints;
}
