/**
 * The in-page UI host: one element on <html> with a shadow root, so page CSS cannot
 * reach our UI and ours cannot leak out. Styles are adopted (a strict style-src CSP
 * does not apply to constructed sheets) with a <style> fallback. Key and pointer
 * events stop at the host, so using the toolbar never triggers the site's shortcuts.
 *
 * The root is open: a closed root would not keep a page out (its capture listeners see
 * the same events), and an open one lets e2e tests and assistive tools reach the UI. What
 * must be kept from the page, the note being written, is not in it: the editor is a frame
 * of the extension's origin (note-frame-surface).
 */
import { UI_HOST_TAG } from './marker';

const STOPPED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click', 'dblclick', 'wheel', 'contextmenu', 'focusin', 'focusout'];

/** The host element and its shadow root. */
export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Firefox content scripts may not adopt sheets across compartments: use a <style>.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}

/** Creates the host (once per page) and removes it when the signal aborts. */
export function createUiHost(document: Document, css: string, signal: AbortSignal): UiHost {
  const host = document.createElement(UI_HOST_TAG);
  // Sizeless and on top: page styles cannot move it, and it never shifts the page's layout.
  host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, css);
  for (const type of STOPPED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, root };
}

/**
 * Puts the host back on <html> when the page has removed it (a framework re-rendering the
 * document, a script clearing elements it did not create) or moved it (under a transformed
 * or hidden container, position:fixed would follow). Called before each surface is drawn.
 */
export function keepAttached({ host }: UiHost, document: Document): void {
  const html = document.documentElement;
  if (html && host.parentNode !== html) html.append(host);
}
