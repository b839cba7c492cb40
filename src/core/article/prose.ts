/** The "is this an article?" verdict on the text kept in the root: enough prose, not mostly links. */
import { type BlockDescriptor, type BlockTotals, PARAGRAPH_TAGS } from './block';

/** Below this much text a page is not treated as an article. */
export const MIN_ARTICLE_TEXT = 300;

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
  /** Characters in those paragraphs, their links left out. */
  paragraphText: number;
  linkText: number;
}

const PROSE_PARAGRAPH = 60;

/**
 * Chinese, Japanese and Korean say in one character what English says in three or so:
 * their lengths count this many times over against thresholds set for Latin text.
 */
const DENSE_SCRIPT_WEIGHT = 3;

function proseEvidence(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number, excluded: ReadonlySet<number>, weight: number): ProseEvidence {
  const evidence: ProseEvidence = { readerScore: 0, paragraphs: 0, paragraphText: 0, linkText: 0 };
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
    if (length >= PROSE_PARAGRAPH) {
      evidence.paragraphs++;
      evidence.paragraphText += length;
    }
    if (length >= 140) evidence.readerScore += Math.sqrt(length - 140);
  }
  return evidence;
}

/**
 * Articles are prose: enough text, not mostly links, in long paragraphs (Readability's
 * test), in several shorter ones (news sites that write one sentence per paragraph), or
 * short but all prose: a news brief, a paywall's first paragraphs, a blog post of one
 * paragraph above its comments.
 */
function isArticleLike(textLength: number, evidence: ProseEvidence): boolean {
  if (textLength < MIN_ARTICLE_TEXT) return false;
  const linkShare = evidence.linkText / textLength;
  if (linkShare > 0.5 || (linkShare > 0.3 && evidence.paragraphs < 5)) return false;
  // 16: one paragraph of about 400 characters; Readability asks for 20.
  return evidence.readerScore >= 16 || evidence.paragraphs >= 3 || evidence.paragraphText >= MIN_ARTICLE_TEXT;
}

/** True when the root, less its excluded blocks, reads as an article. `denseScript`: Chinese, Japanese or Korean. */
export function readsAsArticle(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number, excluded: readonly number[], denseScript: boolean): boolean {
  const weight = denseScript ? DENSE_SCRIPT_WEIGHT : 1;
  return isArticleLike(keptTextLength(totals, root, excluded) * weight, proseEvidence(blocks, totals, root, new Set(excluded), weight));
}
