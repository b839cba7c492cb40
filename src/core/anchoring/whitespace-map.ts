/**
 * A whitespace-collapsed view of a text that maps offsets back to the original,
 * so a quote can be found after a page re-indents or re-wraps its text.
 */
export interface CollapsedText {
  text: string;
  /** origin[i] is the offset in the original text of collapsed character i; origin[length] is the end. */
  origin: number[];
}

/**
 * Collapses each run of whitespace to one space; trims both ends unless `trim` is false
 * (a page's text keeps its edge spaces, so a quote at its very start still has a space
 * before it, as its stored context does).
 */
export function collapseWhitespace(source: string, trim = true): CollapsedText {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      if (pendingSpace < 0 && (text.length > 0 || !trim)) pendingSpace = i;
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
  if (!trim && pendingSpace >= 0) {
    text += ' ';
    origin.push(pendingSpace);
  }
  origin.push(source.length);
  return { text, origin };
}

/** Maps a [start, end) range in the collapsed text back to the original text. */
export function originalRange(collapsed: CollapsedText, start: number, end: number): { start: number; end: number } {
  const last = collapsed.origin[end - 1];
  return { start: collapsed.origin[start]!, end: last === undefined ? collapsed.origin[end]! : last + 1 };
}
