import { beforeEach, describe, expect, it } from 'vitest';
import { openGlossDb } from '../../src/background/db/schema';
import type { HandlerContext } from '../../src/background/handlers/context';
import { backgroundRoutes } from '../../src/background/handlers/routes';
import type { Annotation } from '../../src/core/model/annotation';
import type { Result } from '../../src/core/model/result';
import { buildExport } from '../../src/core/storage/export-format';
import { envelope } from '../../src/messaging/envelope';
import type { BackgroundApi } from '../../src/messaging/protocol';
import { type Sender, createRouter } from '../../src/messaging/router';
import { newAnnotation, pageMeta, storedAnnotation } from '../helpers/builders';

const POPUP: Sender = { kind: 'extension', url: 'chrome-extension://id/popup.html' };
const SAME_SITE_TAB: Sender = { kind: 'content', tabId: 1, frameId: 0, url: 'https://www.news.example/story?ref=x' };
const OTHER_SITE_TAB: Sender = { kind: 'content', tabId: 2, frameId: 0, url: 'https://evil.example/' };

let n = 0;
let announced: string[];
let injected: string[];

const NO_ANALYSIS: HandlerContext['analyzer'] = async () => () => ({ entities: [], claims: [], groups: [], english: true });

function setup(db: HandlerContext['db'] = () => openGlossDb(`handlers-${++n}`), analyzer = NO_ANALYSIS) {
  announced = [];
  injected = [];
  let clock = 1_000;
  let ids = 0;
  const context: HandlerContext = {
    db: (() => {
      let opened: ReturnType<HandlerContext['db']> | undefined;
      return () => (opened ??= db());
    })(),
    now: () => (clock += 10),
    newId: () => `id-${++ids}`,
    analyzer,
    announceAnnotationsChanged: (pageKeys) => announced.push(pageKeys === '*' ? '*' : pageKeys.join(' ')),
    announceSettingsChanged: () => announced.push('settings'),
    injectInPageUi: async (tabId, frameId) => void injected.push(`${tabId}/${frameId}`),
    version: '0.0.0-test',
  };
  const routes = backgroundRoutes(context, async () => true);
  return async function call<K extends keyof BackgroundApi>(sender: Sender, type: K, input: BackgroundApi[K]['input']) {
    return createRouter<BackgroundApi>(routes, () => sender)(envelope(type, input), {}) as Promise<Result<BackgroundApi[K]['output']>>;
  };
}

describe('background handlers', () => {
  let call: ReturnType<typeof setup>;
  beforeEach(() => {
    call = setup();
  });

  it('answers an analysis it cannot run, for want of its models, with a failure that says so', async () => {
    const withoutModels = setup(undefined, () => Promise.reject(new Error('models/ner-model.bin: 404')));
    await expect(withoutModels(SAME_SITE_TAB, 'analyzeText', { text: 'Helen Okafor spoke in Leeds.' })).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Gloss could not load its language models (models/ner-model.bin: 404). Reinstalling Gloss mends a damaged copy.' },
    });
  });

  it('does not call a fault of the analysis itself a failure to load the models', async () => {
    const faulty = setup(undefined, async () => () => {
      throw new Error('tagging fault');
    });
    await expect(faulty(SAME_SITE_TAB, 'analyzeText', { text: 'Helen Okafor spoke in Leeds.' })).resolves.toEqual({ ok: false, error: { code: 'internal', message: 'tagging fault' } });
  });

  it('creates, lists, updates and deletes an annotation, announcing each change', async () => {
    const created = await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation(), page: pageMeta() });
    expect(created).toMatchObject({ ok: true, value: { id: 'id-1', note: 'Check this' } });
    const listed = await call(POPUP, 'listPageAnnotations', { pageKey: pageMeta().key });
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'id-1' }] });
    await expect(call(POPUP, 'updateAnnotation', { id: 'id-1', patch: { note: 'edited', color: 'pink' } })).resolves.toMatchObject({ ok: true, value: { note: 'edited', color: 'pink' } });
    await expect(call(POPUP, 'deleteAnnotation', { id: 'id-1' })).resolves.toEqual({ ok: true, value: { id: 'id-1' } });
    await expect(call(POPUP, 'listAnnotations', { query: '' })).resolves.toMatchObject({ ok: true, value: { annotations: [], pages: [] } });
    expect(announced).toEqual([pageMeta().key, pageMeta().key, pageMeta().key]);
  });

  it('restores a deleted note as it was, with its page record, once, and only for its own site', async () => {
    const created = await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation(), page: pageMeta() });
    if (!created.ok) throw new Error(created.error.message);
    await call(SAME_SITE_TAB, 'deleteAnnotation', { id: 'id-1' });
    await expect(call(OTHER_SITE_TAB, 'restoreAnnotation', { annotation: created.value, page: pageMeta() })).resolves.toMatchObject({ error: { code: 'forbidden' } });
    // A forged note is refused at the router: a date that is no time, a field Gloss does not store.
    await expect(call(SAME_SITE_TAB, 'restoreAnnotation', { annotation: { ...created.value, created: 'yesterday' } as never, page: pageMeta() })).resolves.toMatchObject({ error: { code: 'bad-request' } });
    await expect(call(SAME_SITE_TAB, 'restoreAnnotation', { annotation: { ...created.value, owner: 'x' } as never, page: pageMeta() })).resolves.toMatchObject({ error: { code: 'bad-request' } });

    await expect(call(SAME_SITE_TAB, 'restoreAnnotation', { annotation: created.value, page: pageMeta() })).resolves.toEqual({ ok: true, value: created.value });
    const listed = await call(POPUP, 'listAnnotations', { query: '' });
    expect(listed.ok && listed.value.annotations).toEqual([created.value]);
    expect(listed.ok && listed.value.pages).toEqual([{ ...pageMeta(), firstSeen: created.value.created, lastSeen: created.value.updated }]);
    // A second Undo does not store a second copy, nor overwrite the first.
    await expect(call(POPUP, 'restoreAnnotation', { annotation: { ...created.value, note: 'other' }, page: pageMeta() })).resolves.toMatchObject({ error: { code: 'conflict' } });
    await expect(call(POPUP, 'listPageAnnotations', { pageKey: pageMeta().key })).resolves.toMatchObject({ value: [{ id: 'id-1', note: 'Check this' }] });
    // Tags are stored as Gloss writes them, whatever a caller sends.
    await call(POPUP, 'deleteAnnotation', { id: 'id-1' });
    await expect(call(POPUP, 'restoreAnnotation', { annotation: { ...created.value, tags: ['#Big Cuts'] }, page: pageMeta() })).resolves.toMatchObject({ value: { tags: ['big-cuts'] } });
    expect(announced).toEqual([pageMeta().key, pageMeta().key, pageMeta().key, pageMeta().key, pageMeta().key]);
  });

  it("derives the page key from the page's address and its canonical claim on the same site only", async () => {
    const source = { documentTitle: 'A story', metaTags: [], jsonLd: [], headings: [], bylineText: '', hostname: 'news.example', lang: 'en' };
    await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation(), page: pageMeta() });
    const opened = await call(SAME_SITE_TAB, 'pageOpened', { url: 'https://news.example/story?utm_source=x#top', source });
    expect(opened).toMatchObject({ ok: true, value: { pageKey: pageMeta().key, annotations: [{ id: 'id-1' }] } });
    const viaCanonical = await call(SAME_SITE_TAB, 'pageOpened', { url: 'https://m.news.example/amp/1', canonical: 'https://news.example/story', source });
    expect(viaCanonical).toMatchObject({ ok: true, value: { pageKey: pageMeta().key } });
    const foreignCanonical = await call(SAME_SITE_TAB, 'pageOpened', { url: 'https://news.example/other', canonical: 'https://evil.example/story', source });
    expect(foreignCanonical).toMatchObject({ ok: true, value: { pageKey: 'https://news.example/other', annotations: [] } });
    await expect(call(OTHER_SITE_TAB, 'pageOpened', { url: 'https://news.example/story', source })).resolves.toMatchObject({ error: { code: 'forbidden' } });
  });

  it('keeps a content script to the notes of its own site', async () => {
    await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation(), page: pageMeta() });
    await expect(call(OTHER_SITE_TAB, 'listPageAnnotations', { pageKey: pageMeta().key })).resolves.toMatchObject({ error: { code: 'forbidden' } });
    await expect(call(OTHER_SITE_TAB, 'updateAnnotation', { id: 'id-1', patch: { note: 'pwned' } })).resolves.toMatchObject({ error: { code: 'forbidden' } });
    await expect(call(OTHER_SITE_TAB, 'deleteAnnotation', { id: 'id-1' })).resolves.toMatchObject({ error: { code: 'forbidden' } });
    await expect(call(OTHER_SITE_TAB, 'createAnnotation', { annotation: newAnnotation(), page: pageMeta() })).resolves.toMatchObject({ error: { code: 'forbidden' } });
  });

  it.each(['listAnnotations', 'exportAll', 'importAll', 'deleteAll', 'updateSettings'] as const)('accepts %s only from extension pages', async (type) => {
    const inputs = { listAnnotations: { query: '' }, exportAll: {}, importAll: { data: {} }, deleteAll: {}, updateSettings: { patch: { autoMark: false } } };
    await expect(call(SAME_SITE_TAB, type, inputs[type] as never)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('runs the in-page UI in the frame of the content script that asks, and for no extension page', async () => {
    await expect(call({ ...SAME_SITE_TAB, tabId: 5, frameId: 3 }, 'loadInPageUi', {})).resolves.toEqual({ ok: true, value: null });
    await expect(call(POPUP, 'loadInPageUi', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(injected).toEqual(['5/3']);
  });

  it("hands a note frame's key to the content script that opens it and to Gloss's note frame in that tab, and to no one else", async () => {
    const frameIn = (tabId: number, page = 'note-frame.html'): Sender => ({ kind: 'extension', url: `chrome-extension://id/${page}`, tabId });
    await expect(call(frameIn(1), 'claimNoteFrame', {})).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    const opened = await call(SAME_SITE_TAB, 'openNoteFrame', {});
    expect(opened).toEqual({ ok: true, value: { key: 'id-1' } });
    await expect(call(frameIn(1), 'claimNoteFrame', {})).resolves.toEqual({ ok: true, value: { key: 'id-1' } });
    // Another tab's frame, another extension page, a page without a tab, a content script: none gets it.
    await expect(call(frameIn(2), 'claimNoteFrame', {})).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(call(frameIn(1, 'popup.html'), 'claimNoteFrame', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(call({ kind: 'extension', url: 'chrome-extension://id/note-frame.html' }, 'claimNoteFrame', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(call(SAME_SITE_TAB, 'claimNoteFrame', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(call(POPUP, 'openNoteFrame', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Each editor opened gets a fresh key; the frame then finds that one.
    await call(SAME_SITE_TAB, 'openNoteFrame', {});
    await expect(call(frameIn(1), 'claimNoteFrame', {})).resolves.toEqual({ ok: true, value: { key: 'id-2' } });
  });

  it('searches quotes, notes and #tags across pages, newest first', async () => {
    await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation({ note: 'about money', tags: ['budget'] }), page: pageMeta() });
    await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation({ note: 'about rain', tags: ['weather'] }), page: pageMeta() });
    const all = await call(POPUP, 'listAnnotations', { query: '' });
    expect(all.ok && all.value.annotations.map((a: Annotation) => a.note)).toEqual(['about rain', 'about money']);
    const tagged = await call(POPUP, 'listAnnotations', { query: '#budget' });
    expect(tagged.ok && tagged.value.annotations.map((a: Annotation) => a.note)).toEqual(['about money']);
  });

  it('exports, deletes everything, and imports it back with a report', async () => {
    await call(SAME_SITE_TAB, 'createAnnotation', { annotation: newAnnotation(), page: pageMeta() });
    const exported = await call(POPUP, 'exportAll', {});
    if (!exported.ok) throw new Error(exported.error.message);
    await expect(call(POPUP, 'deleteAll', {})).resolves.toEqual({ ok: true, value: { deleted: 1 } });
    const file = JSON.parse(JSON.stringify(exported.value));
    file.items.push({ id: 'urn:gloss:bad', type: 'Annotation' });
    const report = await call(POPUP, 'importAll', { data: file });
    expect(report).toMatchObject({ ok: true, value: { added: 1, updated: 0, unchanged: 0, rejected: [{ item: 1 }] } });
    const again = await call(POPUP, 'importAll', { data: file });
    expect(again).toMatchObject({ ok: true, value: { added: 0, unchanged: 1 } });
    const listed = await call(POPUP, 'listAnnotations', { query: '' });
    expect(listed.ok && listed.value.pages.map((p) => p.key)).toEqual([pageMeta().key]);
  });

  it('announces an import of many pages once, naming them all', async () => {
    const pages = ['https://news.example/a', 'https://news.example/b', 'https://other.example/c'];
    const notes = pages.map((key, i) => storedAnnotation({ id: `note-${i}`, pageKey: key, url: key }));
    const report = await call(POPUP, 'importAll', { data: JSON.parse(JSON.stringify(buildExport(notes, [], 0, 'test'))) });
    expect(report).toMatchObject({ ok: true, value: { added: 3 } });
    expect(announced).toHaveLength(1);
    expect(announced[0]!.split(' ').sort()).toEqual(pages);
  });

  it('stores settings and announces the change', async () => {
    await expect(call(POPUP, 'updateSettings', { patch: { disabledSites: ['news.example'] } })).resolves.toMatchObject({ ok: true, value: { autoMark: true, disabledSites: ['news.example'] } });
    await expect(call(SAME_SITE_TAB, 'getSettings', {})).resolves.toMatchObject({ ok: true, value: { disabledSites: ['news.example'] } });
    expect(announced).toEqual(['settings']);
  });

  it('says plainly when IndexedDB cannot be opened', async () => {
    const broken = setup(() => Promise.reject(new DOMException('blocked', 'InvalidStateError')));
    const source = { documentTitle: 'A story', metaTags: [], jsonLd: [], headings: [], bylineText: '', hostname: 'news.example', lang: 'en' };
    const reply = await broken(SAME_SITE_TAB, 'pageOpened', { url: SAME_SITE_TAB.url, source });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/cannot open its storage/) } });
    await expect(broken(POPUP, 'getStorageStatus', {})).resolves.toMatchObject({ ok: true, value: { available: false } });
  });
});
