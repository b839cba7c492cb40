import type { AnnotationTarget } from '../model/annotation';
import { LIMITS } from '../model/limits';
import { findCopies, foldQuote, isFullCopy } from './copies';
import { collapseWhitespace } from './whitespace-map';

/**
 * Describes text[start, end) by its quote, context and position, for re-anchoring later.
 * When the page holds the same passage (quote and context) more than once, it also notes
 * which of those copies this is, since nothing else will tell them apart later.
 */
export function describeSpan(text: string, start: number, end: number): AnnotationTarget {
  const quote = {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - LIMITS.CONTEXT), start),
    suffix: text.slice(end, end + LIMITS.CONTEXT),
  };
  const target: AnnotationTarget = { quote, position: { start, end } };
  const view = collapseWhitespace(text, false);
  const twins = findCopies(view, foldQuote(quote.exact, quote.prefix, quote.suffix)).filter(isFullCopy);
  if (twins.length > 1) {
    const index = twins.findIndex((copy) => view.origin[copy.start]! >= start);
    if (index >= 0) target.occurrence = { index, count: twins.length };
  }
  return target;
}
