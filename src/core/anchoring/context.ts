/** How well the text around a candidate matches the context stored with a quote. */

/** How far from a candidate stored context may reappear (an ad or paragraph inserted between). */
export const NEARBY = 400;
/** Context found only nearby, not adjoining, counts for this much of its length. */
const NEARBY_WEIGHT = 0.8;
/**
 * Context found nearby vouches only for quotes at least this long: a short phrase recurs
 * near its old neighbours often enough ("the New" … "York State Attorney General").
 */
export const NEARBY_MIN_QUOTE = 20;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Matching length of one side: adjoining the candidate, or intact a little farther away. */
function sideMatch(adjoining: number, context: string, nearby: string): number {
  const core = context.trim();
  if (adjoining >= core.length || core.length < 8) return adjoining;
  return Math.max(adjoining, nearby.includes(core) ? core.length * NEARBY_WEIGHT : 0);
}

/**
 * Share (0..1) of the stored prefix and suffix that the text around [start, end) repeats,
 * counted outwards from the quote, or, for quotes of NEARBY_MIN_QUOTE characters or more,
 * found intact within a few hundred characters (so an advert or a paragraph inserted beside
 * the quote does not erase its context).
 * 1 when no context was stored.
 */
export function contextShare(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const nearby = end - start >= NEARBY_MIN_QUOTE;
  const adjoiningBefore = commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const adjoiningAfter = commonPrefixLength(text.slice(end, end + suffix.length), suffix);
  const before = nearby ? sideMatch(adjoiningBefore, prefix, text.slice(Math.max(0, start - NEARBY), start)) : adjoiningBefore;
  const after = nearby ? sideMatch(adjoiningAfter, suffix, text.slice(end, end + NEARBY)) : adjoiningAfter;
  return (before + after) / total;
}
