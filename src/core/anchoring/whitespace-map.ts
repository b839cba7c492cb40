/**
 * A whitespace-collapsed view of a text that maps offsets back to the original,
 * so a quote can be found after a page re-indents or re-wraps its text.
 */
export interface CollapsedText {
  text: string;
  /** origin[i] is the offset in the original text of collapsed character i; origin[length] is the end. */
  origin: number[];
}

/** Collapses each run of whitespace to one space and trims both ends. */
export function collapseWhitespace(source: string): CollapsedText {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    text += char;
    origin.push(i);
  }
  origin.push(source.length);
  return { text, origin };
}

/** Maps a [start, end) range in the collapsed text back to the original text. */
export function originalRange(collapsed: CollapsedText, start: number, end: number): { start: number; end: number } {
  const last = collapsed.origin[end - 1];
  return { start: collapsed.origin[start]!, end: last === undefined ? collapsed.origin[end]! : last + 1 };
}
