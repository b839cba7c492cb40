/**
 * Re-anchoring a stored target in a page's text, strictest first:
 *   1. position, if the text there still equals the quote and its context agrees;
 *   2. copies of the quote (whitespace folded), the one picked by its context — or, for a
 *      passage the page held several times, by its rank among those copies;
 *   3. approximate search (quote edited by up to ~12%), scored by context and edits.
 * Each step accepts only what its evidence supports; below that the note is orphaned:
 * shown to the reader as not found, never attached to other text.
 */
import type { AnnotationTarget } from '../model/annotation';
import { foldSpaces } from '../model/whitespace';
import { NEARBY, contextShare } from './context';
import { type Copy, type FoldedQuote, findCopies, foldQuote, isFullCopy } from './copies';
import { findApproximate } from './fuzzy-match';
import { type CollapsedText, collapseWhitespace, originalRange } from './whitespace-map';

/** Where an annotation landed, or that it could not be placed. */
export type Anchor =
  | { status: 'anchored'; start: number; end: number; confidence: number; method: 'position' | 'exact' | 'whitespace' | 'fuzzy' }
  | { status: 'orphaned' };

export const ORPHANED: Anchor = { status: 'orphaned' };

/** A quote this long that occurs exactly once is itself the evidence. */
const SELF_EVIDENT_LENGTH = 40;
/**
 * At the stored position, some agreeing context rules out a coincidence ("the Tomb" shifted
 * onto another "the Tomb"); never more than half, since the place itself is evidence too.
 */
const MAX_POSITION_SHARE = 0.5;
/** Shorter quotes are never searched approximately: too many near-copies. */
const MIN_FUZZY_LENGTH = 16;
const MAX_EDIT_SHARE = 0.12;
/** Least score (context share less twice the edit share) an edited copy needs. */
const MIN_FUZZY_SCORE = 0.5;
/** A copy must beat the look-alike recorded at creation by more than rounding. */
const RIVAL_MARGIN = 0.002;
/** An edited copy must beat an intact one's context by this much to win. */
const FUZZY_MARGIN = 0.2;

/**
 * The context a copy must repeat to be trusted grows as the quote shrinks: "the New" recurs
 * all over an article about New York, so its own words are no evidence at all.
 */
export function requiredShare(quoteLength: number): number {
  return Math.min(0.85, Math.max(0.25, 1 - quoteLength / 50));
}

/** Picks the copy whose context matches best, or none when the evidence does not decide. */
function chooseByContext(copies: Copy[], quoteLength: number, knownRival = 0): Copy | undefined {
  const ranked = [...copies].sort((a, b) => b.share - a.share);
  const [best, rival] = ranked;
  if (!best) return undefined;
  if (rival && rival.share === best.share) return undefined; // two copies, nothing tells them apart
  // A look-alike that was on the page from the start could be all that is left.
  if (best.share <= knownRival + RIVAL_MARGIN) return undefined;
  if (best.share >= requiredShare(quoteLength)) return best;
  return !rival && quoteLength >= SELF_EVIDENT_LENGTH ? best : undefined;
}

/**
 * For a passage the page held `count` times: the index-th of the copies that still carry
 * all their context, if exactly `count` remain; otherwise one was removed or changed, and
 * nothing says which.
 */
function chooseByRank(copies: Copy[], occurrence: { index: number; count: number }): Copy | undefined {
  const full = copies.filter(isFullCopy);
  return full.length === occurrence.count ? full[occurrence.index] : undefined;
}

/** A resolver for one text; reuse it for many targets (the folded view is built once). */
export function createResolver(text: string): (target: AnnotationTarget) => Anchor {
  let collapsed: CollapsedText | undefined;
  return (target) => {
    const { exact, prefix, suffix } = target.quote;
    const { start, end } = target.position;
    if (!exact) return ORPHANED;
    const folded = foldQuote(exact, prefix, suffix);
    if (!target.occurrence && text.slice(start, end) === exact && (exact.length >= SELF_EVIDENT_LENGTH || positionShare(text, start, end, folded) >= Math.min(MAX_POSITION_SHARE, requiredShare(exact.length)))) {
      return { status: 'anchored', start, end, confidence: 1, method: 'position' };
    }

    collapsed ??= collapseWhitespace(text, false);
    const view = collapsed;
    const copies = findCopies(view, folded);
    const copy = target.occurrence ? chooseByRank(copies, target.occurrence) : chooseByContext(copies, folded.quote.length, target.rival);
    if (copy && (isFullCopy(copy) || folded.quote.length < MIN_FUZZY_LENGTH)) return anchorAt(view, text, exact, copy, copy.share);

    // An intact copy with weak context may be a twin elsewhere while the annotated passage was
    // edited in place: look for an edited copy whose context agrees clearly better.
    const fuzzy = bestApproximate(view, folded, target.rival ?? 0);
    if (fuzzy && (!copy || fuzzy.share >= copy.share + FUZZY_MARGIN)) {
      const range = originalRange(view, fuzzy.start, fuzzy.end);
      return { status: 'anchored', ...range, confidence: fuzzy.score, method: 'fuzzy' };
    }
    return copy ? anchorAt(view, text, exact, copy, copy.share) : ORPHANED;
  };
}

/**
 * The context share at the stored position, with runs of whitespace counted as one space,
 * as everywhere else: a prefix of indentation and line breaks agrees with the indentation
 * before any other line, and made "Palm Bay" in a scores table stick to another "Palm Bay"
 * that a deleted paragraph had moved onto its old offsets.
 */
function positionShare(text: string, start: number, end: number, folded: FoldedQuote): number {
  const before = foldSpaces(text.slice(Math.max(0, start - NEARBY), start));
  const after = foldSpaces(text.slice(end, end + NEARBY));
  return contextShare(`${before}${folded.quote}${after}`, before.length, before.length + folded.quote.length, folded.prefix, folded.suffix);
}

function anchorAt(view: CollapsedText, text: string, exact: string, copy: Copy, share: number): Anchor {
  const range = originalRange(view, copy.start, copy.end);
  const method = text.slice(range.start, range.end) === exact ? 'exact' : 'whitespace';
  return { status: 'anchored', ...range, confidence: 0.5 + share / 2, method };
}

/**
 * Edited copies of the quote (up to ~12% of it changed, never unchanged), each with the
 * share of its context that agrees and a score: that share less twice its share of edits.
 * None for a quote too short to be searched approximately.
 */
export function editedCopies(view: CollapsedText, folded: FoldedQuote): (Copy & { score: number })[] {
  const { quote, prefix, suffix } = folded;
  if (quote.length < MIN_FUZZY_LENGTH) return [];
  const maxEdits = Math.max(1, Math.floor(quote.length * MAX_EDIT_SHARE));
  return findApproximate(view.text, quote, maxEdits)
    .filter((hit) => hit.distance > 0)
    .map((hit) => {
      const share = contextShare(view.text, hit.start, hit.end, prefix, suffix);
      return { start: hit.start, end: hit.end, share, score: share - (2 * hit.distance) / quote.length };
    });
}

/** The edited copy whose context vouches for it best, penalised by its share of edits. */
function bestApproximate(view: CollapsedText, folded: FoldedQuote, knownRival: number): (Copy & { score: number }) | undefined {
  const { quote } = folded;
  // Only edited copies: unedited ones were weighed already, and turned down.
  const scored = editedCopies(view, folded)
    // An edited quote needs its context to vouch for it: similar sentences recur in articles.
    .filter((hit) => hit.share >= requiredShare(quote.length) && hit.share > knownRival + RIVAL_MARGIN && hit.score >= MIN_FUZZY_SCORE)
    .sort((a, b) => b.score - a.score);
  const [best, rival] = scored;
  if (!best || (rival && rival.score === best.score)) return undefined;
  return best;
}

/** Re-anchors one target in a text (see createResolver). */
export function resolveTarget(text: string, target: AnnotationTarget): Anchor {
  return createResolver(text)(target);
}
