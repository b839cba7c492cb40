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

/** Whitespace that squashing would shorten: at an end, or two in a row (trim and \s take the same characters). */
const SQUASHABLE = /^\s|\s\s|\s$/;

/**
 * The length of squashWhitespace(text), without building the squashed text when it would
 * be the same: most link texts are. The page walk reads thousands of them on a page.
 */
export function squashedLength(text: string): number {
  return SQUASHABLE.test(text) ? squashWhitespace(text).length : text.length;
}
