/** A [start, end) range of a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Trims whitespace off the ends of text[start, end). */
export function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
