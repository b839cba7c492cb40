import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteDraft } from '../../src/core/model/note-frame';
import { NoteEditor } from '../../src/ui/NoteEditor';

afterEach(() => {
  render(null, document.body);
});

function draw(problem?: string) {
  const heard: string[] = [];
  const saved: NoteDraft[] = [];
  render(
    <NoteEditor
      quote="protect more than 12,000 homes"
      initial={{ note: 'Check it', tags: 'figures', color: 'green' }}
      canDelete
      problem={problem}
      onEdit={(draft) => heard.push(`edit ${draft.note} | ${draft.tags} | ${draft.color}`)}
      onSave={(draft) => saved.push(draft)}
      onDelete={() => heard.push('delete')}
      onClose={() => heard.push('close')}
    />,
    document.body,
  );
  const form = document.querySelector('form')!;
  return { form, heard, saved, field: (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)! };
}

describe('the note editor', () => {
  it('starts from the note as it is, focused on its text, with the quote shown as text', () => {
    const { form, field } = draw();
    expect(form.querySelector('.gloss-quote')?.textContent).toBe('protect more than 12,000 homes');
    expect(field('note').value).toBe('Check it');
    expect(field('tags').value).toBe('figures');
    expect(form.querySelector<HTMLInputElement>('[data-color="green"]')!.checked).toBe(true);
    expect(document.activeElement).toBe(field('note'));
    expect(form.querySelector('[data-action="delete"]')).not.toBeNull();
    expect(form.querySelector('[role="alert"]')).toBeNull();
  });

  it('hands back what was written on Save and on Ctrl+Enter, and the draft at each change', async () => {
    const { form, heard, saved, field } = draw();
    await act(async () => {
      field('note').value = 'A new thought';
      field('note').dispatchEvent(new Event('input', { bubbles: true }));
      field('tags').value = 'flood, budget';
      form.querySelector<HTMLInputElement>('[data-color="blue"]')!.checked = true;
      form.querySelector<HTMLInputElement>('[data-color="blue"]')!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Each change hands over the whole draft (the page keeps it, to open the editor again if the page removes it).
    expect(heard).toEqual(['edit A new thought | figures | green', 'edit A new thought | flood, budget | blue']);
    await act(async () => form.querySelector<HTMLButtonElement>('[data-action="save"]')!.click());
    await act(async () => void field('note').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    expect(saved).toEqual([
      { note: 'A new thought', tags: 'flood, budget', color: 'blue' },
      { note: 'A new thought', tags: 'flood, budget', color: 'blue' },
    ]);
  });

  it('closes on Escape and on Cancel; deletes on Delete', async () => {
    const { form, heard, field } = draw();
    await act(async () => void field('note').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await act(async () => form.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click());
    await act(async () => form.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    expect(heard).toEqual(['close', 'close', 'delete']);
  });

  it('shows why the last save was refused, as text', () => {
    const { form } = draw('<b>Gloss could not save this note</b>');
    const alert = form.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe('<b>Gloss could not save this note</b>');
    expect(alert.querySelector('b')).toBeNull();
  });
});
