import type { AnnotationTarget } from '../model/annotation';
import { collapseWhitespace, originalRange } from './whitespace-map';

/** Where an annotation landed, or that it could not be placed. */
export type Anchor =
  | { status: 'anchored'; start: number; end: number; confidence: number; method: 'position' | 'exact' | 'whitespace' }
  | { status: 'orphaned' };

export const ORPHANED: Anchor = { status: 'orphaned' };

/** Length of the common suffix of a and b. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common prefix of a and b. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Collapses whitespace runs without trimming, so context keeps its word boundary. */
function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every start offset of needle in haystack. */
function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

interface Candidate {
  start: number;
  contextScore: number;
  distance: number;
}

/**
 * Picks the occurrence whose surroundings best match the stored context; position only
 * breaks ties. Returns the confidence as the share of context that matched.
 */
function bestCandidate(
  text: string,
  starts: number[],
  length: number,
  prefix: string,
  suffix: string,
  expectedStart: number,
): { start: number; confidence: number } | undefined {
  const candidates: Candidate[] = starts.map((start) => ({
    start,
    contextScore:
      commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix) +
      commonPrefixLength(text.slice(start + length, start + length + suffix.length), suffix),
    distance: Math.abs(start - expectedStart),
  }));
  candidates.sort((a, b) => b.contextScore - a.contextScore || a.distance - b.distance);
  const best = candidates[0];
  if (!best) return undefined;
  const contextLength = prefix.length + suffix.length;
  const contextShare = contextLength === 0 ? 1 : best.contextScore / contextLength;
  const unique = candidates.length === 1;
  // An ambiguous quote whose context matches nothing could be any of its copies: refuse to guess.
  if (!unique && best.contextScore === 0) return undefined;
  return { start: best.start, confidence: unique ? Math.max(0.8, contextShare) : 0.5 + contextShare / 2 };
}

/**
 * Re-anchors a stored target in a text: by position when the text there still equals
 * the quote, else by exact search disambiguated by context, else by a search that
 * ignores whitespace differences. Anything else is orphaned, never guessed.
 */
export function resolveTarget(text: string, target: AnnotationTarget): Anchor {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (!exact) return ORPHANED;
  if (text.slice(start, end) === exact) return { status: 'anchored', start, end, confidence: 1, method: 'position' };

  const exactHit = bestCandidate(text, findAll(text, exact), exact.length, prefix, suffix, start);
  if (exactHit) {
    return { status: 'anchored', start: exactHit.start, end: exactHit.start + exact.length, confidence: exactHit.confidence, method: 'exact' };
  }

  const collapsed = collapseWhitespace(text);
  const quote = collapseWhitespace(exact).text;
  const hit = bestCandidate(
    collapsed.text,
    findAll(collapsed.text, quote),
    quote.length,
    squashWhitespace(prefix),
    squashWhitespace(suffix),
    start,
  );
  if (!hit) return ORPHANED;
  const range = originalRange(collapsed, hit.start, hit.start + quote.length);
  return { status: 'anchored', ...range, confidence: hit.confidence * 0.95, method: 'whitespace' };
}
