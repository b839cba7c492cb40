/** Text edits as splices, with the mapping of old offsets to new ones. */

export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

export interface EditedText {
  text: string;
  /** The new offset of an old one; undefined if it fell inside removed text. */
  map(offset: number, side: 'start' | 'end'): number | undefined;
}

/** Applies non-overlapping splices (any order). */
export function applySplices(text: string, splices: readonly Splice[]): EditedText {
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const splice of sorted) {
    if (splice.at < last) throw new Error('overlapping splices');
    out += text.slice(last, splice.at) + splice.insert;
    last = splice.at + splice.remove;
  }
  out += text.slice(last);
  return {
    text: out,
    map(offset, side) {
      let shift = 0;
      for (const s of sorted) {
        const end = s.at + s.remove;
        if (s.at < offset && offset < end) return undefined;
        // An insertion exactly at a quote's end lies after it; at its start, before it.
        const before = end <= offset && !(side === 'end' && s.remove === 0 && s.at === offset);
        if (before) shift += s.insert.length - s.remove;
      }
      return offset + shift;
    },
  };
}
