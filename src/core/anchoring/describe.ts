import type { AnnotationTarget } from '../model/annotation';
import { LIMITS } from '../model/limits';

/** Describes text[start, end) by its quote, context and position, for re-anchoring later. */
export function describeSpan(text: string, start: number, end: number): AnnotationTarget {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - LIMITS.CONTEXT), start),
      suffix: text.slice(end, end + LIMITS.CONTEXT),
    },
    position: { start, end },
  };
}
