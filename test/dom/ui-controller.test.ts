import { afterEach, describe, expect, it } from 'vitest';
import { createUiController } from '../../src/content/shadow-ui/controller';

const editor = (error?: string) =>
  ({ kind: 'editor', at: { x: 0, y: 0 }, quote: 'a quote', initial: { note: '', tags: '', color: 'yellow' }, canDelete: false, error, onSave: () => undefined, onDelete: () => undefined }) as const;

afterEach(() => {
  document.documentElement.querySelector('gloss-ui')?.remove();
});

describe('the in-page UI controller', () => {
  it('counts a draft as being written once the reader changes it, or when a save refused it', () => {
    const running = new AbortController();
    const ui = createUiController(document, running.signal);
    ui.show(editor());
    expect(ui.isEditing()).toBe(false);
    const textarea = document.querySelector('gloss-ui')!.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'A thought';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ui.isEditing()).toBe(true);
    // A new editor starts clean; one shown again with a save's refusal holds the reader's text.
    ui.show(editor());
    expect(ui.isEditing()).toBe(false);
    ui.show(editor('Gloss could not save this note: full'));
    expect(ui.isEditing()).toBe(true);
    ui.hide();
    expect(ui.isEditing()).toBe(false);
    running.abort();
  });
});
