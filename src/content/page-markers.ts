/** Attributes Gloss sets on the page's elements: test hooks and styling anchors. */

/** On <html> once the content script has started (a test hook). */
export const INJECTED_MARKER = 'data-gloss-injected';
/** On the detected article root (a test hook and styling anchor). */
export const ARTICLE_ATTRIBUTE = 'data-gloss-article';
/** On <html> when the article's text is light on dark: content.css then draws entity underlines in light colours. */
export const LIGHT_TEXT_MARKER = 'data-gloss-light-text';

const PAGE_MARKERS = [INJECTED_MARKER, ARTICLE_ATTRIBUTE, LIGHT_TEXT_MARKER];

/** Removes every Gloss attribute from these elements (<html> and the article root): when Gloss leaves, or takes over from one that left them. */
export function removePageMarkers(...elements: (Element | null)[]): void {
  for (const element of elements) for (const name of PAGE_MARKERS) element?.removeAttribute(name);
}
