/**
 * The in-page UI as the content script holds it: the same UiController, with the Preact
 * surfaces (inpage-ui.js, Preact included) run in the page only when a surface is first shown.
 * Most tabs never show one (no selection, no hover on a mark), and the content script is
 * evaluated in every tab. Until the surfaces arrive, the surface asked for waits here, and
 * the latest one asked for is the one drawn.
 */
import type { Surface, UiController } from './controller';
import type { NoteFrameSource } from './note-frame-surface';

/** What inpage-ui.js leaves on the content script's global, where `loadInPageUi` finds it. */
export interface InPageUi {
  createUiController(document: Document, signal: AbortSignal, noteFrame: NoteFrameSource): UiController;
}

export const IN_PAGE_UI_GLOBAL = '__glossInPageUi';

/** The surfaces' factory once the background has run inpage-ui.js in this frame. */
export function inPageUiFromGlobal(): InPageUi | undefined {
  return (globalThis as Record<string, unknown>)[IN_PAGE_UI_GLOBAL] as InPageUi | undefined;
}

export function createLazyUiController(document: Document, signal: AbortSignal, load: () => Promise<InPageUi>, noteFrame: NoteFrameSource): UiController {
  let real: UiController | undefined;
  let loading: Promise<void> | undefined;
  let waiting: Surface | undefined;

  const start = (): void => {
    loading ??= load().then(
      (ui) => {
        if (signal.aborted) return;
        real = ui.createUiController(document, signal, noteFrame);
        if (waiting) real.show(waiting);
        waiting = undefined;
      },
      (error: unknown) => {
        // Cut off by an update, or a page the browser keeps scripts out of: nothing can be
        // drawn. The next surface asked for tries again.
        console.warn('Gloss: the in-page UI could not be loaded', error);
        loading = undefined;
        waiting = undefined;
      },
    );
  };

  return {
    show(surface) {
      if (real) return real.show(surface);
      waiting = surface;
      start();
    },
    hide(kind) {
      if (real) return real.hide(kind);
      if (waiting && (!kind || waiting.kind === kind)) waiting = undefined;
    },
    current: () => (real ? real.current() : waiting),
    // An editor not drawn yet holds no typing.
    isEditing: () => real?.isEditing() ?? false,
    isOwn: (target) => real?.isOwn(target) ?? false,
  };
}
