/** Renders at most one in-page surface at a time into the shadow root. */
import { type ComponentProps, render } from 'preact';
import SURFACES_CSS from '../../ui/surfaces.css?inline';
import { createUiHost, keepAttached } from './host';
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
 * What replaces an editor whose frame the page keeps from running (a page sandboxed without
 * scripts): the popup still takes the note, and a new one can be highlighted from here first.
 */
function blockedEditorNotice(editor: EditorSurface, ui: UiController): Surface {
  const why = "Gloss's note editor cannot open on this page, which keeps frames from running scripts.";
  if (editor.canDelete) return { kind: 'notice', at: editor.at, message: `${why} Edit this note in the Gloss popup.` };
  const highlight = async () => {
    const problem = await editor.onSave(editor.initial);
    if (problem === undefined) ui.hide();
    else ui.show({ kind: 'notice', at: editor.at, message: problem });
  };
  return { kind: 'notice', at: editor.at, message: `${why} Highlight the text, then write its note in the Gloss popup.`, action: { label: 'Highlight', run: () => void highlight() } };
}

export function createUiController(document: Document, signal: AbortSignal, noteFrame: NoteFrameSource): UiController {
  let host: ReturnType<typeof createUiHost> | undefined;
  let shown: Surface | undefined;
  let closeEditor: (() => void) | undefined;
  let edited = false;

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
