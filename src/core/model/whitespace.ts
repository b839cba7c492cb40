/** Every run of whitespace as one space, ends kept (context stored beside a quote). */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Text as a reader sees it: every run of whitespace one space, none at the ends. */
export function squashWhitespace(text: string): string {
  return foldSpaces(text).trim();
}
