import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail } from '../../src/core/model/result';
import type { PageState } from '../../src/messaging/protocol';
import { App } from '../../src/popup/App';
import { storedAnnotation } from '../helpers/builders';
import { createFakeNotesApi } from '../helpers/fake-notes-api';

const PAGE: PageState = {
  status: 'article',
  page: { key: 'https://news.example/story', url: 'https://news.example/story', title: 'A story', site: 'news.example', siteName: 'News', byline: '', published: '', lang: 'en' },
  autoMark: true,
  summary: { entities: [{ text: 'Helen Okafor', type: 'PER', mentions: 2, group: 0 }], claims: 3, english: true, problem: '' },
  placements: [],
};

async function mount(api: ReturnType<typeof createFakeNotesApi>, view: 'page' | 'all' = 'page') {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<App api={api} initialView={view} />, root));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return root;
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('popup App', () => {
  it("lists this page's notes and the analysis summary", async () => {
    const api = createFakeNotesApi({ annotations: [storedAnnotation({ note: 'Check this <b>bold</b>' })], page: PAGE });
    const root = await mount(api);
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toContain('3 claims worth checking');
    expect(root.querySelector('[data-type="PER"]')?.textContent).toContain('Helen Okafor ×2');
    const note = root.querySelector('[data-testid="page-notes"] li')!;
    expect(note.textContent).toContain('protect homes');
    // User text is rendered as text, never as HTML.
    expect(note.querySelector('b')).toBeNull();
    expect(note.textContent).toContain('Check this <b>bold</b>');
  });

  it('steps through the claims and through one entity\'s mentions in the page, each count its own', async () => {
    const api = createFakeNotesApi({ annotations: [], page: PAGE });
    const root = await mount(api);
    const claims = root.querySelector<HTMLButtonElement>('[data-action="next-claim"]')!;
    await act(async () => claims.click());
    await act(async () => claims.click());
    expect(claims.textContent).toBe('3 claims worth checking 2/3');
    const person = root.querySelector<HTMLButtonElement>('[data-group="0"]')!;
    await act(async () => person.click());
    expect(person.textContent).toBe('Helen Okafor 1/2');
    expect(claims.textContent).toBe('3 claims worth checking ');
    expect(api.calls).toEqual(['claim', 'claim', 'entity:0']);
  });

  it('says that nothing is marked on an article in another language, in place of the summary', async () => {
    const page: PageState = { ...PAGE, summary: { entities: [], claims: 0, english: false, problem: '' } };
    const root = await mount(createFakeNotesApi({ annotations: [], page }));
    expect(root.querySelector('[data-testid="not-english"]')?.textContent).toContain('reads as another language');
    expect(root.querySelector('[data-testid="summary"]')?.textContent).not.toContain('claims worth checking');
    const english = await mount(createFakeNotesApi({ annotations: [], page: PAGE }));
    expect(english.querySelector('[data-testid="not-english"]')).toBeNull();
  });

  it('says why nothing is marked when the article could not be analysed, rather than that it names no one', async () => {
    const problem = 'Gloss could not load its language models (models/ner-model.bin: 404). Reinstalling Gloss mends a damaged copy.';
    const page: PageState = { ...PAGE, summary: { entities: [], claims: 0, english: true, problem } };
    const root = await mount(createFakeNotesApi({ annotations: [], page }));
    expect(root.querySelector('[data-testid="analysis-failed"]')?.textContent).toBe(`Nothing is marked: ${problem}`);
    expect(root.querySelector('[data-testid="summary"]')?.textContent).not.toContain('0 names');
  });

  it('says why nothing is marked: no article, a page too large to look for one in, or one inside web components', async () => {
    const none = await mount(createFakeNotesApi({ annotations: [], page: { ...PAGE, status: 'no-article' } }));
    expect(none.querySelector('[data-testid="no-article"]')?.textContent).toContain('No article found');
    const giant = await mount(createFakeNotesApi({ annotations: [], page: { ...PAGE, status: 'too-large' } }));
    expect(giant.querySelector('[data-testid="no-article"]')?.textContent).toMatch(/too large.*over 60,000 elements/);
    expect(giant.querySelector('[data-testid="summary"]')).toBeNull();
    const components = await mount(createFakeNotesApi({ annotations: [], page: { ...PAGE, status: 'in-components' } }));
    expect(components.querySelector('[data-testid="no-article"]')?.textContent).toMatch(/inside web components.*cannot read yet/);
    // Without an article, notes are made on the page's text, not "the article's".
    expect(components.textContent).toContain('Select text in the page to highlight it');
  });

  it('edits and deletes through the service', async () => {
    const api = createFakeNotesApi({ annotations: [storedAnnotation()], page: PAGE });
    const root = await mount(api);
    await act(async () => (root.querySelector('[data-action="edit"]') as HTMLButtonElement).click());
    const textarea = root.querySelector('textarea')!;
    await act(async () => {
      textarea.value = 'Edited';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => (root.querySelector('[data-action="save"]') as HTMLButtonElement).click());
    await flush();
    expect(api.annotations[0]!.note).toBe('Edited');
    expect(root.textContent).toContain('Edited');
    await act(async () => (root.querySelector('[data-action="delete"]') as HTMLButtonElement).click());
    await flush();
    expect(api.calls).toEqual(['update:a1', 'remove:a1']);
    expect(root.querySelectorAll('[data-testid="page-notes"] li')).toHaveLength(0);

    // Delete asks nothing first, so it can be undone: the note comes back under its own id.
    expect(root.querySelector('[data-testid="deleted"]')?.textContent).toContain('Note deleted.');
    await act(async () => (root.querySelector('[data-action="undo"]') as HTMLButtonElement).click());
    await flush();
    expect(api.calls.at(-1)).toBe(`restore:a1:${PAGE.page!.key}`);
    expect(api.annotations.map((a) => [a.id, a.note])).toEqual([['a1', 'Edited']]);
    expect(root.querySelectorAll('[data-testid="page-notes"] li')).toHaveLength(1);
    expect(root.querySelector('[data-testid="deleted"]')).toBeNull();
  });

  it('keeps a refused edit open with the reason, and the text as typed', async () => {
    const api = createFakeNotesApi({ annotations: [storedAnnotation({ note: 'Before' })], page: PAGE });
    const root = await mount(api);
    const editTo = async (text: string) => {
      const textarea = root.querySelector('textarea')!;
      await act(async () => {
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(async () => (root.querySelector('[data-action="save"]') as HTMLButtonElement).click());
      await flush();
    };
    await act(async () => (root.querySelector('[data-action="edit"]') as HTMLButtonElement).click());

    // Too long to store: said before anything is sent.
    const long = 'x'.repeat(20_001);
    await editTo(long);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('up to 20,000 characters; this one has 20,001');
    expect(root.querySelector('textarea')?.value).toBe(long);
    expect(api.calls).toEqual([]);

    // Refused by the background: the editor stays, with its reason.
    api.update = async () => fail('internal', 'the disk is full');
    await editTo('A shorter note');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Gloss could not save this note: the disk is full');
    expect(root.querySelector('textarea')?.value).toBe('A shorter note');
    expect(api.annotations[0]!.note).toBe('Before');
  });

  it('asks in the popup itself before deleting every note', async () => {
    const api = createFakeNotesApi({ annotations: [storedAnnotation()], page: PAGE });
    const root = await mount(api);
    const click = (selector: string) => act(async () => (root.querySelector(selector) as HTMLButtonElement).click());
    await click('[data-action="delete-all"]');
    expect(root.querySelector('[data-testid="confirm-delete-all"]')?.textContent).toContain('Delete every Gloss note on every page?');
    await click('[data-testid="confirm-delete-all"] button:not(.danger)');
    expect(root.querySelector('[data-testid="confirm-delete-all"]')).toBeNull();
    expect(api.annotations).toHaveLength(1);
    await click('[data-action="delete-all"]');
    await click('[data-action="confirm-delete-all"]');
    await flush();
    expect(api.annotations).toHaveLength(0);
    expect(root.querySelector('.report')?.textContent).toBe('Deleted 1 note.');
  });

  it('moves between its two views with the arrow keys, Home and End, as tabs do, one tab in the Tab order', async () => {
    const root = await mount(createFakeNotesApi({ annotations: [storedAnnotation()], page: PAGE }));
    const tab = (name: string) => root.querySelector<HTMLButtonElement>(`#tab-${name}`)!;
    const press = (key: string) => act(async () => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
    expect([tab('page').tabIndex, tab('all').tabIndex]).toEqual([0, -1]);
    tab('page').focus();
    await press('ArrowRight');
    await flush();
    expect(document.activeElement).toBe(tab('all'));
    expect(tab('all').getAttribute('aria-selected')).toBe('true');
    expect([tab('page').tabIndex, tab('all').tabIndex]).toEqual([-1, 0]);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-all');
    expect(panel.querySelector('.page-group')).not.toBeNull();
    await press('ArrowRight'); // wraps round
    expect(document.activeElement).toBe(tab('page'));
    await press('End');
    expect(document.activeElement).toBe(tab('all'));
    await press('Home');
    expect(tab('page').getAttribute('aria-selected')).toBe('true');
    expect(tab('page').getAttribute('aria-controls')).toBe(panel.id);
  });

  it('says clearly when Gloss cannot run on the page', async () => {
    const root = await mount(createFakeNotesApi({ annotations: [] }));
    expect(root.querySelector('[data-state="unsupported"]')?.textContent).toContain('Gloss can’t run on this page');
  });

  it('says what a document without a page of text is, rather than that Gloss cannot run there', async () => {
    const root = await mount(createFakeNotesApi({ annotations: [], pageFailure: { code: 'no-article', message: 'This is an SVG image, not a page of text.' } }));
    expect(root.querySelector('[data-state="no-text"]')?.textContent).toBe('Nothing to read hereThis is an SVG image, not a page of text.');
    expect(root.querySelector('[data-state="unsupported"]')).toBeNull();
  });

  it('searches all notes, grouped by page', async () => {
    const api = createFakeNotesApi({
      annotations: [storedAnnotation({ id: 'a1', note: 'about rain' }), storedAnnotation({ id: 'a2', note: 'about money', pageKey: 'https://other.example/x', url: 'javascript:alert(1)', title: 'Other' })],
    });
    const root = await mount(api, 'all');
    expect(root.querySelectorAll('.page-group')).toHaveLength(2);
    // A javascript: URL from imported data never becomes a link.
    expect([...root.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript:'))).toBe(false);
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    await act(async () => {
      search.value = 'money';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(root.querySelectorAll('.page-group')).toHaveLength(1);
    expect(root.textContent).toContain('about money');
  });

  it('undoes a delete in All notes with the page as Gloss recorded it, or as the note tells it', async () => {
    const record = { ...PAGE.page!, key: 'https://news.example/story', firstSeen: 1, lastSeen: 2 };
    const api = createFakeNotesApi({
      annotations: [
        storedAnnotation({ id: 'a1', note: 'On the story', pageKey: record.key }),
        storedAnnotation({ id: 'a2', note: 'On the other page', pageKey: 'https://other.example/x', url: 'https://other.example/x', title: 'Other' }),
      ],
      pages: [record],
    });
    const root = await mount(api, 'all');
    const undoDelete = async (id: string) => {
      const item = [...root.querySelectorAll('.notes li')].find((li) => li.querySelector('[data-action="delete"]') && api.annotations.some((a) => a.id === id && li.textContent?.includes(a.note)));
      await act(async () => (item!.querySelector('[data-action="delete"]') as HTMLButtonElement).click());
      await flush();
      await act(async () => (root.querySelector('[data-action="undo"]') as HTMLButtonElement).click());
      await flush();
    };
    await undoDelete('a1');
    await undoDelete('a2');
    expect(api.calls.filter((c) => c.startsWith('restore'))).toEqual([`restore:a1:${record.key}`, 'restore:a2:https://other.example/x']);
    // The record's metadata without its dates; for a page with no record, what the note says of it.
    expect(api.restoredPages).toEqual([PAGE.page, { key: 'https://other.example/x', url: 'https://other.example/x', title: 'Other', site: 'other.example', siteName: '', byline: '', published: '', lang: '' }]);
    expect(api.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
  });

  it('filters all notes by a tag from the tag buttons, and lifts the filter again', async () => {
    const api = createFakeNotesApi({
      annotations: [
        storedAnnotation({ id: 'a1', note: 'about rain', tags: ['flood', 'figures'] }),
        storedAnnotation({ id: 'a2', note: 'about money', tags: ['figures'] }),
        storedAnnotation({ id: 'a3', note: 'about roads', tags: [] }),
      ],
    });
    const root = await mount(api, 'all');
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.tag-filter')];
    expect(buttons().map((b) => b.textContent)).toEqual(['#figures 2', '#flood 1']);
    await act(async () => buttons()[1]!.click());
    await flush();
    expect((root.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('#flood');
    expect(root.querySelectorAll('.notes li')).toHaveLength(1);
    expect(root.textContent).toContain('about rain');
    const flood = buttons().find((b) => b.textContent?.startsWith('#flood'))!;
    expect(flood.getAttribute('aria-pressed')).toBe('true');
    await act(async () => flood.click());
    await flush();
    expect(root.querySelectorAll('.notes li')).toHaveLength(3);
    expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('draws a long list of notes 200 at a time', async () => {
    const annotations = Array.from({ length: 205 }, (_, i) => storedAnnotation({ id: `n${i}`, note: `note ${i}`, updated: 1000 - i }));
    const root = await mount(createFakeNotesApi({ annotations }), 'all');
    expect(root.querySelectorAll('.notes li')).toHaveLength(200);
    const more = root.querySelector<HTMLButtonElement>('.show-more')!;
    expect(more.textContent).toBe('Show more (5 more notes)');
    await act(async () => more.click());
    expect(root.querySelectorAll('.notes li')).toHaveLength(205);
    expect(root.querySelector('.show-more')).toBeNull();
  });

  it('exports every note as Markdown to a downloaded file, and says so', async () => {
    const api = createFakeNotesApi({ annotations: [storedAnnotation({ note: 'Check the figure' })] });
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.set(`blob:${blobs.size}`, blob as Blob);
      return `blob:${blobs.size - 1}`;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
    });
    const root = await mount(api, 'all');
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Markdown')!;
    await act(async () => button.click());
    await flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^gloss-notes-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await saved[0]!.blob.text();
    expect(text).toContain('> protect homes');
    expect(text).toContain('Check the figure');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Exported 1 note as Markdown.');
  });
});
