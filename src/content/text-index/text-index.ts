/**
 * The one bridge between the DOM and article text offsets. Text nodes under a root,
 * in document order, skipping scripts, hidden and excluded subtrees and Gloss's own
 * UI; block boundaries become blank lines so two paragraphs' words never touch.
 * Used both when a selection is described and when it is re-anchored.
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from '../../core/article/hints';
import { isHiddenElement } from '../article/collect-blocks';
import { isGlossNode } from '../shadow-ui/marker';

const BLOCK_BREAK = '\n\n';
const LINE_BREAK = '\n';

interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** Article text and the mapping between its offsets and DOM positions. */
export interface TextIndex {
  readonly root: Element;
  readonly text: string;
  /** The DOM range of text[start, end), or undefined when out of bounds. */
  rangeFromOffsets(start: number, end: number): Range | undefined;
  /** The text offsets of a DOM range, clamped to indexed text; undefined when it holds none. */
  offsetsFromRange(range: Range): { start: number; end: number } | undefined;
  /** The offset of a caret position (from caretPositionFromPoint), if it is indexed text. */
  offsetAt(node: Node, offset: number): number | undefined;
}

function isSkipped(element: Element, excluded: ReadonlySet<Element>): boolean {
  return SKIPPED_TAGS.has(element.localName) || excluded.has(element) || isGlossNode(element) || isHiddenElement(element);
}

/** Walks the DOM under root once, without recursion (deep pages must not overflow the stack). */
function collectSegments(root: Element, excluded: ReadonlySet<Element>): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = '';
  const append = (value: string, node?: Text): void => {
    if (pendingBreak && length > 0) {
      parts.push(pendingBreak);
      length += pendingBreak.length;
    }
    pendingBreak = '';
    if (node) segments.push({ node, start: length, end: length + value.length });
    parts.push(value);
    length += value.length;
  };
  const breakWith = (separator: string): void => {
    if (separator.length > pendingBreak.length) pendingBreak = separator;
  };
  // Each entry is a node to enter, or (exit) a block element being left.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      breakWith(BLOCK_BREAK);
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) append(data, node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element !== root && isSkipped(element, excluded)) continue;
    if (element.localName === 'br') {
      breakWith(LINE_BREAK);
      continue;
    }
    const isBlock = BLOCK_TAGS.has(element.localName);
    if (isBlock) {
      breakWith(BLOCK_BREAK);
      stack.push({ node: element, exit: true });
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  return { text: parts.join(''), segments };
}

/** Index of the last segment starting at or before offset. */
function segmentAtOrBefore(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Builds the index of root's text, leaving out the excluded subtrees. */
export function buildTextIndex(root: Element, excluded: ReadonlySet<Element> = new Set()): TextIndex {
  const { text, segments } = collectSegments(root, excluded);
  // Built on first use: extraction and marking ask for offsets only once a reader selects.
  let byNode: Map<Text, Segment> | undefined;
  const segmentOf = (node: Text) => (byNode ??= new Map(segments.map((segment) => [segment.node, segment]))).get(node);
  const document = root.ownerDocument;

  /** First indexed segment at or after a DOM point (forward) or before it (backward). */
  const nearestSegment = (container: Node, offset: number, forward: boolean): Segment | undefined => {
    const probe = document.createRange();
    probe.setStart(container, offset);
    probe.collapse(true);
    // comparePoint on each segment would be O(n); binary search by document position instead.
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid]!;
      const position = probe.comparePoint(segment.node, forward ? 0 : segment.node.data.length);
      const after = forward ? position >= 0 : position > 0;
      if (after) {
        if (forward) found = segment;
        high = mid - 1;
      } else {
        if (!forward) found = segment;
        low = mid + 1;
      }
    }
    return found;
  };

  const offsetAt = (node: Node, offset: number): number | undefined => {
    const segment = node.nodeType === 3 ? segmentOf(node as Text) : undefined;
    return segment ? segment.start + Math.min(offset, segment.end - segment.start) : undefined;
  };

  return {
    root,
    text,
    rangeFromOffsets(start, end) {
      if (start < 0 || end > text.length || end <= start) return undefined;
      let first = segmentAtOrBefore(segments, start);
      if (first < 0 || segments[first]!.end <= start) first += 1; // start fell in a block break
      const last = segmentAtOrBefore(segments, end - 1);
      const from = segments[first];
      const to = segments[last];
      if (!from || !to || last < first) return undefined;
      const range = document.createRange();
      range.setStart(from.node, Math.max(0, start - from.start));
      range.setEnd(to.node, Math.min(to.end, end) - to.start);
      return range;
    },
    offsetsFromRange(range) {
      const start =
        offsetAt(range.startContainer, range.startOffset) ?? nearestSegment(range.startContainer, range.startOffset, true)?.start;
      const end = offsetAt(range.endContainer, range.endOffset) ?? nearestSegment(range.endContainer, range.endOffset, false)?.end;
      if (start === undefined || end === undefined || end <= start) return undefined;
      return { start, end };
    },
    offsetAt,
  };
}

/**
 * A text index built on first use. Pages that are not articles get marks from no one and
 * usually hold no notes: they should not pay for indexing the whole body on every load.
 */
export function lazyTextIndex(root: Element, build: () => TextIndex): TextIndex {
  let index: TextIndex | undefined;
  const get = () => (index ??= build());
  return {
    root,
    get text() {
      return get().text;
    },
    rangeFromOffsets: (start, end) => get().rangeFromOffsets(start, end),
    offsetsFromRange: (range) => get().offsetsFromRange(range),
    offsetAt: (node, offset) => get().offsetAt(node, offset),
  };
}
