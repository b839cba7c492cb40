/** Renders at most one in-page surface at a time into the shadow root. */
import { type ComponentProps, render } from 'preact';
import SURFACES_CSS from '../../ui/surfaces.css?inline';
import { createUiHost, keepAttached } from './host';
import type { NoteDraft } from '../../core/model/note-frame';
import { type EditorSurface, type NoteFrameSource, openNoteFrame } from './note-frame-surface';
import { HoverCard, Notice, Toolbar } from './surfaces';

/** What the in-page UI currently shows. */
export type Surface =
  | ({ kind: 'toolbar' } & ComponentProps<typeof Toolbar>)
  | EditorSurface
  | ({ kind: 'card' } & ComponentProps<typeof HoverCard>)
  | ({ kind: 'notice' } & Omit<ComponentProps<typeof Notice>, 'onClose'>);

/** Shows and hides surfaces; creates the host lazily so pages Gloss never touches get none. */
export interface UiController {
  show(surface: Surface): void;
  hide(kind?: Surface['kind']): void;
  current(): Surface | undefined;
  /** True while the note editor holds a draft the reader has written: only its own Save, Cancel, Delete and Escape may close it. */
  isEditing(): boolean;
  /** True when an event target is Gloss's own UI. */
  isOwn(target: EventTarget | null): boolean;
}

/**
 * Saves what an editor holds from a notice, once the editor itself cannot be shown: the
 * notice closes when it is saved, and says why when it is not.
 */
function saveFromNotice(editor: EditorSurface, draft: NoteDraft, ui: UiController): () => void {
  return () =>
    void editor.onSave(draft).then((problem) => {
      if (problem === undefined) ui.hide();
      else ui.show({ kind: 'notice', at: editor.at, message: problem });
    });
}

/**
 * What replaces an editor whose frame the page keeps from running (a page sandboxed without
 * scripts): the popup still takes the note, and a new one can be highlighted from here first.
 */
function blockedEditorNotice(editor: EditorSurface, ui: UiController): Surface {
  const why = "Gloss's note editor cannot open on this page, which keeps frames from running scripts.";
  if (editor.canDelete) return { kind: 'notice', at: editor.at, message: `${why} Edit this note in the Gloss popup.` };
  return {
    kind: 'notice',
    at: editor.at,
    message: `${why} Highlight the text, then write its note in the Gloss popup.`,
    action: { label: 'Highlight', run: saveFromNotice(editor, editor.initial, ui) },
  };
}

/** What replaces an editor the page removed (or navigated) a second time: the note as written, saved on request. */
function lostEditorNotice(editor: EditorSurface, draft: NoteDraft, ui: UiController): Surface {
  return {
    kind: 'notice',
    at: editor.at,
    message: "This page removed or replaced Gloss's note editor. Your note is kept here until you save it or close this.",
    action: { label: 'Save note', run: saveFromNotice(editor, draft, ui) },
  };
}

export function createUiController(document: Document, signal: AbortSignal, noteFrame: NoteFrameSource): UiController {
  let host: ReturnType<typeof createUiHost> | undefined;
  let shown: Surface | undefined;
  let closeEditor: (() => void) | undefined;
  let edited = false;
  // Editors opened again after the page removed them: a second removal is not answered with a third editor.
  const reopened = new WeakSet<EditorSurface>();

  /** The page removed the editor: open it again with the draft, once; then keep the draft in a notice. */
  const onLost = (surface: EditorSurface, draft: NoteDraft): void => {
    if (shown !== surface) return;
    if (reopened.has(surface)) return controller.show(lostEditorNotice(surface, draft, controller));
    const wasEdited = edited;
    const again: EditorSurface = { ...surface, initial: draft };
    reopened.add(again);
    controller.show(again);
    // The reopened editor holds the reader's writing as the one it replaces did.
    edited = wasEdited;
  };

  const draw = (): void => {
    // Gloss has started over on this page (or left it): a late call shows nothing.
    if (signal.aborted) return;
    host ??= createUiHost(document, SURFACES_CSS, signal);
    keepAttached(host, document);
    closeEditor?.();
    closeEditor = undefined;
    const close = () => controller.hide();
    const surface = shown;
    if (surface?.kind === 'editor') {
      // One frame per editor: its draft never leaks into the next one.
      closeEditor = openNoteFrame(host.root, noteFrame, surface, {
        onEdited: () => (edited = true),
        onClose: () => shown === surface && close(),
        onUnavailable: (problem) => shown === surface && controller.show({ kind: 'notice', at: surface.at, message: problem }),
        onBlocked: () => shown === surface && controller.show(blockedEditorNotice(surface, controller)),
        onLost: (draft) => onLost(surface, draft),
      });
    }
    const vnode =
      surface === undefined || surface.kind === 'editor' ? null
      : surface.kind === 'toolbar' ? <Toolbar {...surface} />
      : surface.kind === 'card' ? <HoverCard {...surface} />
      : <Notice {...surface} onClose={close} />;
    render(vnode, host.root);
  };

  const controller: UiController = {
    show(surface) {
      edited = false;
      shown = surface;
      draw();
    },
    hide(kind) {
      if (!shown || (kind && shown.kind !== kind)) return;
      shown = undefined;
      edited = false;
      draw();
    },
    current: () => shown,
    isEditing: () => shown?.kind === 'editor' && edited,
    isOwn: (target) => host !== undefined && target === host.host,
  };
  return controller;
}
