/**
 * Text without soft hyphens: invisible hints where a word may break across lines
 * ("Netan\u00ADyahu", as some news sites write long names), not part of the word.
 */
export function withoutSoftHyphens(text: string): string {
  return text.replace(/\u00AD/g, '');
}

/** Every run of whitespace as one space, ends kept (context stored beside a quote). */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Text as a reader sees it: every run of whitespace one space, none at the ends. */
export function squashWhitespace(text: string): string {
  return foldSpaces(text).trim();
}
