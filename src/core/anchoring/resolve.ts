/**
 * Re-anchoring a stored target in a page's text, strictest first:
 *   1. position, accepted only if the text there still equals the quote;
 *   2. exact search, the copy picked by its surrounding context;
 *   3. the same, ignoring whitespace differences;
 *   4. approximate search (quote edited by up to ~12%), scored by edit distance and context.
 * Each step accepts only what its evidence supports, and below that the note is
 * orphaned: shown to the reader as not found, never attached to other text.
 */
import type { AnnotationTarget } from '../model/annotation';
import { contextShare } from './context';
import { findApproximate } from './fuzzy-match';
import { type CollapsedText, collapseWhitespace, originalRange } from './whitespace-map';

/** Where an annotation landed, or that it could not be placed. */
export type Anchor =
  | { status: 'anchored'; start: number; end: number; confidence: number; method: 'position' | 'exact' | 'whitespace' | 'fuzzy' }
  | { status: 'orphaned' };

export const ORPHANED: Anchor = { status: 'orphaned' };

/** Below this much matching context, a copy of a quote may be another sentence's words. */
const MIN_CONTEXT_SHARE = 0.25;

/**
 * The context a copy must repeat to be trusted grows as the quote shrinks: "the New" recurs
 * all over an article about New York, so its own words are no evidence at all.
 */
function requiredShare(quoteLength: number): number {
  return Math.min(0.85, Math.max(MIN_CONTEXT_SHARE, 1 - quoteLength / 40));
}
/** A quote this long that occurs exactly once is itself the evidence. */
const SELF_EVIDENT_LENGTH = 40;
/** Shorter quotes are never searched approximately: too many near-copies. */
const MIN_FUZZY_LENGTH = 16;
const MAX_EDIT_SHARE = 0.12;

interface Candidate {
  start: number;
  end: number;
  share: number;
  distance: number;
}

function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Picks the candidate whose context matches best (position breaks ties) and says whether
 * the evidence is enough: some matching context, or a long quote with no rival.
 */
function choose(candidates: Candidate[], quoteLength: number): Candidate | undefined {
  candidates.sort((a, b) => b.share - a.share || a.distance - b.distance);
  const best = candidates[0];
  if (!best) return undefined;
  const rival = candidates[1];
  if (rival && rival.share === best.share) return undefined; // two copies, nothing tells them apart
  if (best.share >= requiredShare(quoteLength)) return best;
  return !rival && quoteLength >= SELF_EVIDENT_LENGTH ? best : undefined;
}

/** A resolver for one text; reuse it for many targets (the whitespace view is built once). */
export function createResolver(text: string): (target: AnnotationTarget) => Anchor {
  let collapsed: CollapsedText | undefined;
  return (target) => {
    const { exact, prefix, suffix } = target.quote;
    const { start, end } = target.position;
    if (!exact) return ORPHANED;
    if (text.slice(start, end) === exact) return { status: 'anchored', start, end, confidence: 1, method: 'position' };

    // Exact copies are searched with whitespace folded: a re-wrapped line is not a change
    // of words, and a copy elsewhere must not win just because its spaces are untouched.
    collapsed ??= collapseWhitespace(text);
    const view = collapsed;
    const quote = collapseWhitespace(exact).text;
    const [squashedPrefix, squashedSuffix] = [squashWhitespace(prefix), squashWhitespace(suffix)];
    const copy = choose(
      findAll(view.text, quote).map((at) => ({ start: at, end: at + quote.length, share: contextShare(view.text, at, at + quote.length, squashedPrefix, squashedSuffix), distance: Math.abs(view.origin[at]! - start) })),
      quote.length,
    );
    if (copy) {
      const range = originalRange(view, copy.start, copy.end);
      const method = text.slice(range.start, range.end) === exact ? 'exact' : 'whitespace';
      return { status: 'anchored', ...range, confidence: 0.5 + copy.share / 2, method };
    }

    if (quote.length < MIN_FUZZY_LENGTH) return ORPHANED;
    const maxEdits = Math.max(1, Math.floor(quote.length * MAX_EDIT_SHARE));
    const hits = findApproximate(view.text, quote, maxEdits).map((hit) => ({
      start: hit.start,
      end: hit.end,
      share: contextShare(view.text, hit.start, hit.end, squashedPrefix, squashedSuffix),
      distance: hit.distance,
    }));
    // An edited quote needs its context to vouch for it: similar sentences recur in articles.
    const trusted = hits.filter((hit) => hit.share >= requiredShare(quote.length));
    trusted.sort((a, b) => a.distance - b.distance || b.share - a.share);
    const best = trusted[0];
    if (!best || (trusted[1] && trusted[1].distance === best.distance && trusted[1].share === best.share)) return ORPHANED;
    const range = originalRange(view, best.start, best.end);
    return { status: 'anchored', ...range, confidence: (1 - best.distance / quote.length) * (0.5 + best.share / 2), method: 'fuzzy' };
  };
}

/** Re-anchors one target in a text (see createResolver). */
export function resolveTarget(text: string, target: AnnotationTarget): Anchor {
  return createResolver(text)(target);
}
