/**
 * Watches a page after Gloss has started on it: an in-page navigation (pushState, popstate,
 * hash routes, a swapped body) means a new page; content that arrives late may be where
 * orphaned notes belong; an article the page rendered again holds none of Gloss's marks; and
 * text the reader reveals ("Continue reading") has not been read. Each time Gloss starts over
 * on the page, within a bounded budget.
 */

import { isHiddenElement } from '../article/collect-blocks';

/** Quiet time after the last DOM change before looking again, and the longest wait for quiet. */
const SETTLE_MS = 600;
const MAX_WAIT_MS = 3_000;
/** The article's text growing or shrinking by this share means content arrived late. */
const CHANGED_TEXT = 0.2;
/** Orphans are retried for this long after a page (URL) was first seen, at most MAX_RETRIES times. */
const RETRY_WINDOW_MS = 30_000;
const MAX_RETRIES = 5;
/** Text hidden in the article when Gloss read it, this long or longer, is the rest of the article when shown ("Continue reading"). */
const REVEALED_TEXT = 100;
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'];

/** What detection left out of the article for being hidden by attribute or inline style, where it holds text worth reading. */
function hiddenText(excluded: ReadonlySet<Element>): Element[] {
  return [...excluded].filter((element) => isHiddenElement(element) && (element.textContent?.length ?? 0) >= REVEALED_TEXT);
}

const budget = { url: '', since: 0, retries: 0 };

export function watchPage(deps: {
  document: Document;
  signal: AbortSignal;
  /** The element whose text Gloss indexed, and that text's length. */
  root: Element;
  indexedLength: number;
  /**
   * What article detection left out of the root (empty on a page without an article): hidden
   * text among it that is shown later is the rest of the article.
   */
  excluded: ReadonlySet<Element>;
  hasOrphans: () => boolean;
  /** False once marks or notes are painted on text the page has since removed (painter.isIntact). */
  marksIntact: () => boolean;
  /** True while starting over would throw away what the reader is doing (a note being written). */
  busy: () => boolean;
  restart: (reason: 'navigation' | 'late-content') => void;
}): void {
  const { document, signal } = deps;
  if (signal.aborted) return;
  const window = document.defaultView!;
  const url = window.location.href;
  if (budget.url !== url) Object.assign(budget, { url, since: Date.now(), retries: 0 });

  let timer = 0;
  let waitingSince = 0;
  // Only in an article: other pages' hidden menus and dialogs open and close as the reader uses them.
  const hidden = hiddenText(deps.excluded);
  const revealed = (): boolean => hidden.some((element) => element.isConnected && !isHiddenElement(element));
  const textChanged = (): boolean => {
    if (!deps.root.isConnected) return true;
    const length = deps.root.textContent?.length ?? 0;
    return Math.abs(length - deps.indexedLength) > CHANGED_TEXT * Math.max(deps.indexedLength, 1);
  };
  const check = (): void => {
    timer = 0;
    waitingSince = 0;
    if (signal.aborted) return;
    // Looked at again once the reader is done; a navigation is not forgotten meanwhile.
    if (deps.busy()) {
      timer = window.setTimeout(check, SETTLE_MS);
      return;
    }
    if (window.location.href !== url) return deps.restart('navigation');
    // Orphans and late text are looked for early on only; marks lost to a re-render and text
    // the reader reveals are events, answered whenever they happen (within the same retries).
    const early = Date.now() - budget.since < RETRY_WINDOW_MS;
    const event = !deps.marksIntact() || revealed();
    if (budget.retries < MAX_RETRIES && (event || (early && (deps.hasOrphans() || textChanged())))) {
      budget.retries++;
      deps.restart('late-content');
    }
  };
  const schedule = (): void => {
    const now = Date.now();
    waitingSince ||= now;
    // A page that never stops changing (tickers, ads) is still looked at every MAX_WAIT_MS.
    if (timer && now - waitingSince < MAX_WAIT_MS) window.clearTimeout(timer);
    else if (timer) return;
    timer = window.setTimeout(check, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  // The whole document, not the body: a navigation may swap the body itself (Turbo-style sites) or the document (document.open).
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // Attributes only where hidden text may be shown: pages animate inline styles elsewhere all the time.
  for (const element of hidden) observer.observe(element, { attributes: true, attributeFilter: HIDING_ATTRIBUTES });
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    window.clearTimeout(timer);
  });
}
