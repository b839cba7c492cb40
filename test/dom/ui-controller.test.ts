import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUiController, type Surface } from '../../src/content/shadow-ui/controller';
import { type EditorSurface, type NoteFrameSource, listenToNoteFrame } from '../../src/content/shadow-ui/note-frame-surface';
import type { NoteDraft } from '../../src/core/model/note-frame';

const DRAFT: NoteDraft = { note: 'A thought', tags: 'flood', color: 'blue' };
const editor = (overrides: Partial<EditorSurface> = {}): EditorSurface => ({
  kind: 'editor',
  at: { x: 0, y: 0 },
  quote: 'a quote from the page',
  initial: { note: '', tags: '', color: 'yellow' },
  canDelete: false,
  onSave: async () => undefined,
  onDelete: () => undefined,
  ...overrides,
});
const shadow = () => document.querySelector('gloss-ui')!.shadowRoot!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
/** happy-dom loads no frames (it says so on its console): the frame's own page is tested in the browsers (e2e). */
const FRAME_URL = 'chrome-extension://gloss/note-frame.html';

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.querySelector('gloss-ui')?.remove();
});

describe('the note editor in the page', () => {
  it('is a frame of the extension, opened once the background has given it a key, and holds nothing of the note in the page', async () => {
    let giveKey!: (answer: { url: string; key: string }) => void;
    const source: NoteFrameSource = () => new Promise((resolve) => (giveKey = resolve));
    const running = new AbortController();
    const ui = createUiController(document, running.signal, source);
    ui.show(editor({ initial: { note: 'A note written before', tags: 'private', color: 'pink' } }));
    // Before the key the frame would find none to claim: it is not loaded yet.
    expect(shadow().querySelector('iframe')).toBeNull();
    giveKey({ url: FRAME_URL, key: 'k1' });
    await settle();
    const frame = shadow().querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(FRAME_URL);
    expect(frame.dataset.gloss).toBe('editor');
    expect(shadow().textContent).not.toMatch(/A note written before|private|a quote/);
    expect(ui.isEditing()).toBe(false);
    ui.hide();
    // Out of sight at once, removed a moment later (note-frame-surface).
    expect(shadow().querySelector('iframe[data-gloss="editor"]')).toBeNull();
    expect(frame.style.visibility).toBe('hidden');
    running.abort();
  });

  it('says why, in a notice, when the background gives no key', async () => {
    const problem = 'Gloss was updated or restarted since this page was opened. Reload the page to write this note.';
    const ui = createUiController(document, new AbortController().signal, async () => ({ problem }));
    ui.show(editor());
    await settle();
    expect(ui.current()?.kind).toBe('notice');
    expect(shadow().querySelector('[data-gloss="notice"]')?.textContent).toContain(problem);
    expect(shadow().querySelector('iframe')).toBeNull();
  });

  it('gives up a frame that never draws the editor (a page sandboxed without scripts), offering to highlight and the popup for the note', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const saved: string[] = [];
    const ui = createUiController(document, new AbortController().signal, async () => ({ url: FRAME_URL, key: 'k1' }));
    ui.show(editor({ onSave: async (draft) => void saved.push(draft.note) }));
    await vi.advanceTimersByTimeAsync(2_900);
    expect(ui.current()?.kind).toBe('editor');
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    expect(shadow().querySelector('iframe[data-gloss="editor"]')).toBeNull();
    const notice = shadow().querySelector('[data-gloss="notice"]')!;
    expect(notice.textContent).toContain('write its note in the Gloss popup');
    notice.querySelector<HTMLButtonElement>('[data-action="notice-action"]')!.click();
    await settle();
    expect(saved).toEqual(['']);
    expect(ui.current()).toBeUndefined();
    // A note that exists is edited in the popup; there is nothing to highlight.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    ui.show(editor({ canDelete: true }));
    await vi.advanceTimersByTimeAsync(3_100);
    vi.useRealTimers();
    expect(shadow().querySelector('[data-gloss="notice"]')!.textContent).toContain('Edit this note in the Gloss popup.');
    expect(shadow().querySelector('[data-action="notice-action"]')).toBeNull();
  });

  /**
   * Plays the frame's part: happy-dom loads no frames, so the frame's window is stood in for,
   * and its load is announced, to receive the setup and the port.
   */
  function frameAnswers(frame: HTMLIFrameElement): { setup: Promise<{ initial: NoteDraft }>; port: Promise<MessagePort> } {
    let received!: (message: { setup: { initial: NoteDraft }; port: MessagePort }) => void;
    const arrived = new Promise<{ setup: { initial: NoteDraft }; port: MessagePort }>((resolve) => (received = resolve));
    Object.defineProperty(frame, 'contentWindow', { value: { postMessage: (setup: { initial: NoteDraft }, _origin: string, ports: MessagePort[]) => received({ setup, port: ports[0]! }) } });
    frame.dispatchEvent(new Event('load'));
    return { setup: arrived.then((m) => m.setup), port: arrived.then((m) => m.port) };
  }

  it('opens an editor the page removed again, with what the reader had written; a second time, keeps the note in a notice to save', async () => {
    const saved: NoteDraft[] = [];
    const ui = createUiController(document, new AbortController().signal, async () => ({ url: FRAME_URL, key: 'k1' }));
    ui.show(editor({ onSave: async (draft) => void saved.push(draft) }));
    await settle();
    const first = frameAnswers(shadow().querySelector('iframe')!);
    (await first.port).postMessage({ kind: 'edited', draft: DRAFT });
    await settle();
    expect(ui.isEditing()).toBe(true);

    // A page clearing what it did not create takes Gloss's UI, and the editor in it, along.
    document.querySelector('gloss-ui')!.remove();
    await settle();
    const again = shadow().querySelector<HTMLIFrameElement>('iframe[data-gloss="editor"]')!;
    expect(again.isConnected).toBe(true);
    expect((await frameAnswers(again).setup).initial).toEqual(DRAFT);
    expect(ui.isEditing()).toBe(true);

    // Removed again (here the frame alone): no third editor, but nothing written is lost.
    again.remove();
    await settle();
    expect(ui.current()?.kind).toBe('notice');
    expect(ui.isEditing()).toBe(false);
    const notice = shadow().querySelector('[data-gloss="notice"]')!;
    expect(notice.textContent).toContain('removed or replaced Gloss');
    notice.querySelector<HTMLButtonElement>('[data-action="notice-action"]')!.click();
    await settle();
    expect(saved).toEqual([DRAFT]);
    expect(ui.current()).toBeUndefined();
  });

  it("opens the editor again when the page navigates its frame, for whatever the frame shows then is not Gloss's", async () => {
    const saved: NoteDraft[] = [];
    const ui = createUiController(document, new AbortController().signal, async () => ({ url: FRAME_URL, key: 'k1' }));
    ui.show(editor({ onSave: async (draft) => void saved.push(draft) }));
    await settle();
    const frame = shadow().querySelector<HTMLIFrameElement>('iframe')!;
    (await frameAnswers(frame).port).postMessage({ kind: 'edited', draft: DRAFT });
    await settle();

    // The page points the frame at a look-alike of its own: a second load.
    frame.dispatchEvent(new Event('load'));
    await settle();
    expect(frame.dataset.gloss).toBeUndefined();
    expect(frame.style.visibility).toBe('hidden');
    const again = shadow().querySelector<HTMLIFrameElement>('iframe[data-gloss="editor"]')!;
    expect(again).not.toBe(frame);
    expect((await frameAnswers(again).setup).initial).toEqual(DRAFT);

    again.dispatchEvent(new Event('load'));
    await settle();
    expect(ui.current()?.kind).toBe('notice');
    expect(shadow().querySelector('iframe[data-gloss="editor"]')).toBeNull();
    shadow().querySelector<HTMLButtonElement>('[data-action="notice-action"]')!.click();
    await settle();
    expect(saved).toEqual([DRAFT]);
  });

  it('opens no frame for an editor closed before its key came', async () => {
    let giveKey!: (answer: { url: string; key: string }) => void;
    const ui = createUiController(document, new AbortController().signal, () => new Promise((resolve) => (giveKey = resolve)));
    ui.show(editor());
    ui.hide();
    giveKey({ url: FRAME_URL, key: 'k1' });
    await settle();
    expect(shadow().querySelector('iframe')).toBeNull();
  });
});

describe('the UI host', () => {
  const toolbar: Surface = { kind: 'toolbar', at: { x: 0, y: 0 }, onColor: () => undefined, onNote: () => undefined };
  const noKey: NoteFrameSource = async () => ({ problem: 'unused' });

  it('comes back on <html> when the page removed or moved it, so what Gloss shows is never drawn out of sight', () => {
    const ui = createUiController(document, new AbortController().signal, noKey);
    ui.show(toolbar);
    const host = document.querySelector('gloss-ui')!;
    // A page re-rendering its document, or a script clearing what it did not create.
    host.remove();
    ui.show({ kind: 'notice', at: { x: 0, y: 0 }, message: 'Note deleted.' });
    expect(host.parentNode).toBe(document.documentElement);
    expect(shadow().querySelector('[data-gloss="notice"]')?.textContent).toContain('Note deleted.');
    // Moved under a transformed or hidden container of the page, position:fixed would follow it.
    document.body.append(host);
    ui.show(toolbar);
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll('gloss-ui')).toHaveLength(1);
  });

  it('is not brought back once Gloss has left the page', () => {
    const running = new AbortController();
    const ui = createUiController(document, running.signal, noKey);
    ui.show(toolbar);
    running.abort();
    ui.show(toolbar);
    expect(document.querySelector('gloss-ui')).toBeNull();
  });
});

describe('what the note frame says over its port', () => {
  function listen(saveAnswer: () => string | undefined, closed = () => false) {
    const { port1, port2 } = new MessageChannel();
    const heard: string[] = [];
    const saved: NoteDraft[] = [];
    const replies: unknown[] = [];
    const surface = editor({
      onSave: async (draft) => {
        saved.push(draft);
        return saveAnswer();
      },
      onDelete: () => heard.push('delete'),
    });
    listenToNoteFrame(port1, surface, { onEdited: (draft) => heard.push(`edited ${draft.note}`), onClose: () => heard.push('close'), onHeight: (px) => heard.push(`height ${px}`) }, closed);
    port2.onmessage = (event) => replies.push(event.data);
    return { send: (message: unknown) => port2.postMessage(message), heard, saved, replies, done: () => (port1.close(), port2.close()) };
  }

  it('hears edits and heights, answers a refused save with the reason and keeps the draft counted as written, and closes on a save that worked', async () => {
    let answer: string | undefined = 'A note holds up to 20,000 characters; this one has 20,001. Shorten it to save it.';
    const port = listen(() => answer);
    port.send({ kind: 'edited', draft: { ...DRAFT, note: 'A thou' } });
    port.send({ kind: 'height', px: 240 });
    port.send({ kind: 'save', draft: DRAFT });
    await settle();
    expect(port.saved).toEqual([DRAFT]);
    expect(port.heard).toEqual(['edited A thou', 'height 240', 'edited A thought']);
    expect(port.replies).toEqual([{ kind: 'problem', message: answer }]);
    answer = undefined;
    port.send({ kind: 'save', draft: DRAFT });
    port.send({ kind: 'delete' });
    await settle();
    expect(port.heard.slice(3)).toEqual(['close', 'delete']);
    port.done();
  });

  it('ignores what is not one of its messages, and everything once closed', async () => {
    let closed = false;
    const port = listen(() => undefined, () => closed);
    for (const forged of ['close', { kind: 'save', draft: { note: 1 } }, { kind: 'save', draft: { ...DRAFT, color: 'red' } }, { kind: 'height', px: -1 }, { kind: 'close', extra: true }, { kind: 'run', code: 'alert(1)' }]) port.send(forged);
    await settle();
    expect(port.heard).toEqual([]);
    closed = true;
    port.send({ kind: 'save', draft: DRAFT });
    port.send({ kind: 'close' });
    await settle();
    expect(port.saved).toEqual([]);
    expect(port.heard).toEqual([]);
    port.done();
  });
});
