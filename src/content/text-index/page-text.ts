/**
 * The whole page's text index, for notes and selections outside the article's text: built on
 * first use, and again only once the page has changed. A MutationObserver notes the first
 * change after each build and then lets go, so a busy page (ads, live tickers) costs one
 * callback per build, not one per change.
 */
import { type TextIndex, buildTextIndex } from './text-index';

export function wholePageText(document: Document, signal: AbortSignal): () => TextIndex {
  let index: TextIndex | undefined;
  const observer = new MutationObserver(() => forget());
  const forget = (): void => {
    index = undefined;
    observer.disconnect();
  };
  signal.addEventListener('abort', forget, { once: true });
  return () => {
    // Changes not yet delivered to the observer count too.
    if (index && (observer.takeRecords().length > 0 || index.root !== document.body)) forget();
    if (!index && !signal.aborted) {
      index = buildTextIndex(document.body);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
    return index ?? buildTextIndex(document.body);
  };
}
