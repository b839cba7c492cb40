import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUiController, type Surface } from '../../src/content/shadow-ui/controller';
import { createLazyUiController, type InPageUi } from '../../src/content/shadow-ui/lazy-controller';
import type { NoteFrameSource } from '../../src/content/shadow-ui/note-frame-surface';

const toolbar = (x: number): Surface => ({ kind: 'toolbar', at: { x, y: 0 }, onColor: () => undefined, onNote: () => undefined });
const editor = (): Surface => ({ kind: 'editor', at: { x: 0, y: 0 }, quote: 'a quote', initial: { note: 'draft', tags: '', color: 'yellow' }, canDelete: false, onSave: async () => undefined, onDelete: () => undefined });
/** A note frame whose key never comes: these tests are about loading the surfaces, not about the frame. */
const noteFrame: NoteFrameSource = () => new Promise(() => undefined);
const notice = (): Surface => ({ kind: 'notice', at: { x: 0, y: 0 }, message: 'Note deleted.' });
const drawn = () => document.querySelector('gloss-ui')?.shadowRoot?.querySelector('[data-gloss]')?.getAttribute('data-gloss') ?? null;

/** A load the test finishes by hand, with the real surfaces. */
function deferredLoad() {
  let finish!: (ui: InPageUi) => void;
  let refuse!: (error: Error) => void;
  const load = vi.fn(() => new Promise<InPageUi>((resolve, reject) => ((finish = resolve), (refuse = reject))));
  return { load, finish: () => finish({ createUiController }), refuse: (message: string) => refuse(new Error(message)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.documentElement.querySelector('gloss-ui')?.remove();
  vi.restoreAllMocks();
});

describe('the in-page UI loaded on first use', () => {
  it('loads the surfaces once, on the first surface asked for, and draws the latest one asked for', async () => {
    const { load, finish } = deferredLoad();
    const ui = createLazyUiController(document, new AbortController().signal, load, noteFrame);
    expect(load).not.toHaveBeenCalled();
    ui.show(toolbar(1));
    ui.show(notice());
    expect(load).toHaveBeenCalledTimes(1);
    expect(drawn()).toBeNull();
    expect(ui.current()?.kind).toBe('notice');
    finish();
    await settle();
    expect(drawn()).toBe('notice');
    ui.show(toolbar(2));
    expect(drawn()).toBe('toolbar');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('draws nothing once the surface waiting for the load is hidden', async () => {
    const { load, finish } = deferredLoad();
    const ui = createLazyUiController(document, new AbortController().signal, load, noteFrame);
    ui.show(toolbar(1));
    ui.hide('card');
    expect(ui.current()?.kind).toBe('toolbar');
    ui.hide('toolbar');
    expect(ui.current()).toBeUndefined();
    finish();
    await settle();
    expect(drawn()).toBeNull();
  });

  it('counts no editor as being written before the surfaces arrive: nothing could have been typed in it', () => {
    const ui = createLazyUiController(document, new AbortController().signal, deferredLoad().load, noteFrame);
    ui.show(editor());
    expect(ui.current()?.kind).toBe('editor');
    expect(ui.isEditing()).toBe(false);
    expect(ui.isOwn(document.body)).toBe(false);
  });

  it('tries again on the next surface after a load that failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = deferredLoad();
    const second = deferredLoad();
    const load = vi.fn().mockImplementationOnce(first.load).mockImplementationOnce(second.load);
    const ui = createLazyUiController(document, new AbortController().signal, load, noteFrame);
    ui.show(toolbar(1));
    first.refuse('Extension context invalidated.');
    await settle();
    expect(ui.current()).toBeUndefined();
    ui.show(toolbar(2));
    expect(load).toHaveBeenCalledTimes(2);
    second.finish();
    await settle();
    expect(drawn()).toBe('toolbar');
  });

  it('draws nothing for a Gloss that stopped while the surfaces were loading', async () => {
    const { load, finish } = deferredLoad();
    const running = new AbortController();
    const ui = createLazyUiController(document, running.signal, load, noteFrame);
    ui.show(toolbar(1));
    running.abort();
    finish();
    await settle();
    expect(document.querySelector('gloss-ui')).toBeNull();
  });
});
