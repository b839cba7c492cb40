/**
 * One Gloss per page. A content script of an earlier Gloss may still be in the page after
 * Gloss was updated or reloaded: Firefox injects the new one into open tabs and leaves the
 * old one's marker, marks and UI behind (its script is gone); in Chrome the background
 * injects the new one (background/open-tabs) while the old one keeps running, cut off from
 * the extension. Before it starts, a Gloss asks with a DOM event, which reaches every
 * script's listeners whatever world they run in:
 * - a connected Gloss answers, and the newcomer leaves;
 * - a cut-off one tears itself down, unless the reader is writing a note in it;
 * - a gone one cannot answer, and the newcomer removes its UI and markers. Its highlights
 *   cannot be read (Firefox denies access to a removed script's objects), but the newcomer
 *   paints every name the old one used.
 */
import { ARTICLE_ATTRIBUTE, INJECTED_MARKER, removePageMarkers } from './page-markers';
import { UI_HOST_TAG } from './shadow-ui/marker';

const HANDOVER_EVENT = 'gloss-handover';

/** True when no connected Gloss runs in this page; anything an earlier one left is removed first. */
export function takeOver(document: Document): boolean {
  if (!document.dispatchEvent(new CustomEvent(HANDOVER_EVENT, { cancelable: true }))) return false;
  const html = document.documentElement;
  // Only a page an earlier Gloss marked is searched: most pages never had one.
  if (html.hasAttribute(INJECTED_MARKER)) {
    for (const host of html.querySelectorAll(UI_HOST_TAG)) host.remove();
    removePageMarkers(html, document.querySelector(`[${ARTICLE_ATTRIBUTE}]`));
  }
  return true;
}

/**
 * Answers a newcomer's question for as long as `signal` lives: stay while `stays` (this
 * Gloss still reaches the extension), otherwise `leave` (at once, so that the newcomer
 * starts on a clean page).
 */
export function answerNewcomers(document: Document, stays: () => boolean, leave: () => void, signal: AbortSignal): void {
  document.addEventListener(
    HANDOVER_EVENT,
    (event) => {
      if (stays()) event.preventDefault();
      else leave();
    },
    { signal },
  );
}
