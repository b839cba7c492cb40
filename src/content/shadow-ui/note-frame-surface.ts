/**
 * The note editor in the page: a frame of the extension's origin (note-frame.html) placed
 * in the UI's shadow root. The page's scripts can read the shadow root and hear keys typed
 * into it, but not into a cross-origin frame, so what the reader writes stays Gloss's. The
 * frame is handed one end of a MessageChannel in a setup message carrying a key from the
 * background (core/model/note-frame), and everything after goes over that channel.
 */
import { isNoteFrameEvent, type NoteDraft, type NoteFrameProblem, type NoteFrameSetup } from '../../core/model/note-frame';
import { type Anchor, keepInView, place } from './surfaces';

/** Where a new editor's frame comes from: its address and a fresh key from the background, or why there is none. */
export type NoteFrameSource = () => Promise<{ url: string; key: string } | { problem: string }>;

/** The editor as the content script asks for it. */
export interface EditorSurface {
  kind: 'editor';
  at: Anchor;
  quote: string;
  initial: NoteDraft;
  canDelete: boolean;
  /** Saves the draft; why it could not, if it could not (the editor then stays, with the reason). */
  onSave: (draft: NoteDraft) => Promise<string | undefined>;
  onDelete: () => void;
}

/** What the frame tells the UI besides save and delete. */
export interface NoteFrameHooks {
  /** The reader changed the draft: the draft as it is now. */
  onEdited: (draft: NoteDraft) => void;
  /** The editor is done: saved, cancelled (Escape, Cancel). */
  onClose: () => void;
  /** No frame could be opened: why (Gloss was updated, the background did not answer). */
  onUnavailable: (problem: string) => void;
  /** The frame opened but never drew the editor: the page keeps its frames from running scripts. */
  onBlocked: () => void;
  /** The page removed the frame (or Gloss's UI around it), or navigated it, before the editor was closed: the draft as last written. */
  onLost: (draft: NoteDraft) => void;
}

const WIDTH = 320;
/** The frame's border, outside the editor's page. */
const BORDERS = 2;
/**
 * The editor draws in about 50 ms. A page sandboxed without scripts (CSP `sandbox`) passes
 * that on to its frames, and the editor's page never runs: after this long it is given up.
 */
const DRAW_TIMEOUT_MS = 3_000;
const REMOVE_AFTER_MS = 250;

/**
 * Handles what the frame says over its port: an edit, a save (answered with the problem, if
 * any, or closed), a delete, a close, its height. Anything else is ignored, as is everything
 * once `isClosed`.
 */
export function listenToNoteFrame(
  port: MessagePort,
  editor: EditorSurface,
  hooks: Pick<NoteFrameHooks, 'onEdited' | 'onClose'> & { onHeight: (px: number) => void },
  isClosed: () => boolean,
): void {
  port.onmessage = async ({ data }: MessageEvent) => {
    if (isClosed() || !isNoteFrameEvent(data)) return;
    if (data.kind === 'edited') hooks.onEdited(data.draft);
    else if (data.kind === 'close') hooks.onClose();
    else if (data.kind === 'delete') editor.onDelete();
    else if (data.kind === 'height') hooks.onHeight(data.px);
    else {
      const problem = await editor.onSave(data.draft);
      if (isClosed()) return;
      if (problem === undefined) return hooks.onClose();
      // A draft that could not be saved is the reader's writing: clicks elsewhere keep it.
      hooks.onEdited(data.draft);
      port.postMessage({ kind: 'problem', message: problem } satisfies NoteFrameProblem);
    }
  };
}

/** Opens the editor's frame in `root`; returns how to close it. */
export function openNoteFrame(root: ShadowRoot, source: NoteFrameSource, editor: EditorSurface, hooks: NoteFrameHooks): () => void {
  const document = root.ownerDocument;
  const frame = document.createElement('iframe');
  frame.className = 'gloss-editor-frame';
  frame.dataset.gloss = 'editor';
  frame.title = 'Gloss note';
  // Measured again whenever the editor's height changes: it must stay in the window.
  const position = () => {
    Object.assign(frame.style, place(editor.at, WIDTH));
    keepInView(frame);
  };
  const channel = new MessageChannel();
  let closed = false;
  let draft = editor.initial;
  // A page may remove Gloss's UI, or the frame in it, or navigate the frame, while the reader
  // writes: the draft is handed back so that nothing written is lost (the controller opens the
  // editor again).
  const lose = () => {
    close();
    hooks.onLost(draft);
  };
  const watch = new MutationObserver(() => {
    if (!closed && !frame.isConnected) lose();
  });
  const close = () => {
    closed = true;
    watch.disconnect();
    channel.port1.close();
    // A frame the page took out of the document gets no input; put back with the host, it would load again.
    if (!frame.isConnected) return frame.remove();
    // Out of sight, out of input's way and no longer the editor at once; removed a moment
    // later, once input already on its way to the frame has arrived (Chromium waits on a frame
    // it routed an event to, and an automated browser hangs if that frame is gone).
    if (root.activeElement === frame) frame.blur();
    delete frame.dataset.gloss;
    Object.assign(frame.style, { visibility: 'hidden', pointerEvents: 'none' });
    setTimeout(() => frame.remove(), REMOVE_AFTER_MS);
  };

  // Its first height says the editor is drawn: the reader types into it straight away.
  let drawn = false;
  const onHeight = (px: number) => {
    frame.style.height = `${px + BORDERS}px`;
    position();
    if (!drawn) frame.focus();
    drawn = true;
  };
  const onEdited = (edited: NoteDraft) => {
    draft = edited;
    hooks.onEdited(edited);
  };
  listenToNoteFrame(channel.port1, editor, { onEdited, onClose: hooks.onClose, onHeight }, () => closed);

  void source().then((answer) => {
    if (closed) return;
    if ('problem' in answer) return hooks.onUnavailable(answer.problem);
    const setup: NoteFrameSetup = { kind: 'gloss-note-setup', key: answer.key, quote: editor.quote, initial: editor.initial, canDelete: editor.canDelete };
    // Posted to the extension's origin only: a frame the page navigated elsewhere gets nothing.
    // The editor never navigates, so a later load is the page's doing: what the frame shows
    // then is not Gloss's, and the reader must not type a note into it.
    let loaded = false;
    frame.addEventListener('load', () => {
      if (closed) return;
      if (loaded) return lose();
      loaded = true;
      frame.contentWindow?.postMessage(setup, new URL(answer.url).origin, [channel.port2]);
    });
    frame.src = answer.url;
    root.append(frame);
    // The frame leaves with its shadow root's children, with the host leaving <html>, or with
    // <html> leaving the document: those three lists, not the whole page's changes.
    watch.observe(root, { childList: true });
    watch.observe(document.documentElement, { childList: true });
    watch.observe(document, { childList: true });
    position();
    setTimeout(() => {
      if (!closed && !drawn) hooks.onBlocked();
    }, DRAW_TIMEOUT_MS);
  });
  return close;
}
