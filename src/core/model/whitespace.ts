/** Text as a reader sees it: every run of whitespace one space, none at the ends. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
