import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation';
import { NoteItem } from '../../src/popup/NoteItem';
import { storedAnnotation } from '../helpers/builders';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a note in the popup', () => {
  it('starts each edit from the note as stored now, never from an older or cancelled draft', async () => {
    const root = document.createElement('ul');
    document.body.append(root);
    const saved: string[] = [];
    const draw = (annotation: Annotation) =>
      act(async () =>
        render(
          <NoteItem
            annotation={annotation}
            onSave={async (patch) => {
              saved.push(patch.note ?? '');
              return undefined;
            }}
            onDelete={() => undefined}
          />,
          root,
        ),
      );
    const click = (selector: string) => act(async () => (root.querySelector(selector) as HTMLButtonElement).click());
    const type = (text: string) =>
      act(async () => {
        const textarea = root.querySelector('textarea')!;
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      });

    await draw(storedAnnotation({ note: 'First' }));
    // Edited in the page while the popup is open: the popup draws the stored note again.
    await draw(storedAnnotation({ note: 'Edited in the page' }));
    await click('[data-action="edit"]');
    expect(root.querySelector('textarea')?.value).toBe('Edited in the page');
    await type('A draft I cancel');
    await click('[data-action="cancel"]');
    await click('[data-action="edit"]');
    expect(root.querySelector('textarea')?.value).toBe('Edited in the page');
    await type('Saved from the popup');
    await click('[data-action="save"]');
    expect(saved).toEqual(['Saved from the popup']);
  });
});
