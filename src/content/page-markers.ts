/** Attributes Gloss sets on the page's elements: test hooks and styling anchors. */

/** On <html> once the content script has started (a test hook). */
export const INJECTED_MARKER = 'data-gloss-injected';
/** On the detected article root (a test hook and styling anchor). */
export const ARTICLE_ATTRIBUTE = 'data-gloss-article';
/** On <html> when the article's text is light on dark: content.css then draws entity underlines in light colours. */
export const LIGHT_TEXT_MARKER = 'data-gloss-light-text';

/** On <html> when the site turned text selection off for its article: content.css turns it back on there, so the reader can highlight. */
export const SELECTABLE_MARKER = 'data-gloss-selectable';

const PAGE_MARKERS = [INJECTED_MARKER, ARTICLE_ATTRIBUTE, LIGHT_TEXT_MARKER, SELECTABLE_MARKER];

/**
 * True when the site turned text selection off for the element: on it or on an ancestor
 * (Firefox reports `auto` on the descendants of a `user-select: none`; Chromium inherits it).
 */
export function isSelectionTurnedOff(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    const value = style.getPropertyValue('user-select') || style.getPropertyValue('-webkit-user-select');
    if (value === 'none') return true;
    if (value !== '' && value !== 'auto') return false; // text, all, contain: selectable from here down
  }
  return false;
}

/** Removes every Gloss attribute from these elements (<html> and the article root): when Gloss leaves, or takes over from one that left them. */
export function removePageMarkers(...elements: (Element | null)[]): void {
  for (const element of elements) for (const name of PAGE_MARKERS) element?.removeAttribute(name);
}
