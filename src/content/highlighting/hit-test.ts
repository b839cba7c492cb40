/** Finds what painted span lies under the pointer; the Highlight API has no elements to hover. */
import type { TextIndex } from '../text-index/text-index';

interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

/** The text offset under a viewport point, if it lies in indexed text. */
export function offsetAtPoint(index: TextIndex, x: number, y: number): number | undefined {
  const document = index.root.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => CaretPositionLike | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return index.offsetAt(position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? index.offsetAt(range.startContainer, range.startOffset) : undefined;
}

/** True when the point lies inside one of the range's line boxes (the caret API snaps to the nearest text). */
export function isPointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The span that contains offset (spans sorted by start, not overlapping), by binary search. */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return span;
  }
  return undefined;
}

/** The span under a point, checked against the rendered boxes. */
export function spanAtPoint<T extends { start: number; end: number }>(index: TextIndex, spans: readonly T[], x: number, y: number): T | undefined {
  if (spans.length === 0) return undefined;
  const offset = offsetAtPoint(index, x, y);
  if (offset === undefined) return undefined;
  // The caret sits between characters: try the character after it and the one before.
  const span = spanAt(spans, offset) ?? spanAt(spans, offset - 1);
  if (!span) return undefined;
  const range = index.rangeFromOffsets(span.start, span.end);
  return range && isPointInRange(range, x, y) ? span : undefined;
}
