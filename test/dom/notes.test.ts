import { afterEach, describe, expect, it } from 'vitest';
import { describeSpan } from '../../src/core/anchoring/describe';
import { ok } from '../../src/core/model/result';
import { createNotesFeature } from '../../src/content/features/notes';
import type { BackgroundCaller } from '../../src/content/background-client';
import type { Painter } from '../../src/content/highlighting/painter';
import { buildTextIndex } from '../../src/content/text-index/text-index';
import { wholePageText } from '../../src/content/text-index/page-text';
import { pageMeta, storedAnnotation } from '../helpers/builders';

const painter: Painter = { set: () => undefined, clear: () => undefined, isIntact: () => true, supported: false };
const background = (async () => ok([])) as unknown as BackgroundCaller;

describe('notes in the page', () => {
  const originalRects = Range.prototype.getClientRects;
  afterEach(() => {
    Range.prototype.getClientRects = originalRects;
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });

  it("lists notes in the article's text and outside it (a headline) in document order", () => {
    document.body.innerHTML = '<h1>A headline above it all</h1><article><p>First words of the body, and more of them here.</p></article>';
    const index = buildTextIndex(document.querySelector('article')!);
    const pageIndex = buildTextIndex(document.body);
    const notes = createNotesFeature({ index, pageIndex: () => pageIndex, page: pageMeta(), pageKey: Promise.resolve('k'), painter, background });
    const at = (text: string, quote: string) => describeSpan(text, text.indexOf(quote), text.indexOf(quote) + quote.length);
    // The body note's offset in the article's text (0) is smaller than the headline's in the page's (2).
    notes.place([storedAnnotation({ id: 'body', target: at(index.text, 'First words') }), storedAnnotation({ id: 'headline', target: at(pageIndex.text, 'headline above') })]);
    expect(notes.placements().map((p) => [p.id, p.state])).toEqual([
      ['headline', 'anchored'],
      ['body', 'anchored'],
    ]);
  });

  it("places a note outside the article in the page's text as it is now, after the page changed", () => {
    document.body.innerHTML = '<h1>A headline above it all</h1><article><p>The body of the article.</p></article>';
    const index = buildTextIndex(document.querySelector('article')!);
    const pageText = wholePageText(document, new AbortController().signal);
    const notes = createNotesFeature({ index, pageIndex: pageText, page: pageMeta(), pageKey: Promise.resolve('k'), painter, background });
    const text = pageText().text;
    const note = storedAnnotation({ target: describeSpan(text, text.indexOf('headline above'), text.indexOf('headline above') + 'headline above'.length) });
    notes.place([note]);
    expect(notes.rangeOf('a1')?.toString()).toBe('headline above');
    // A banner arrives above the headline: the page's text is built again, and so is its resolver.
    const banner = document.createElement('div');
    banner.textContent = 'Breaking: a banner of news';
    document.body.prepend(banner);
    notes.place([note]);
    expect(notes.rangeOf('a1')?.toString()).toBe('headline above');
  });

  it("places a note on a caption left out of an article detected at <body>, in the page's text", () => {
    document.body.innerHTML = '<p>The body of the article, long enough.</p><figure><figcaption>A caption set apart</figcaption></figure>';
    const index = buildTextIndex(document.body, new Set([document.querySelector('figure')!]));
    const pageText = wholePageText(document, new AbortController().signal);
    const notes = createNotesFeature({ index, pageIndex: pageText, page: pageMeta(), pageKey: Promise.resolve('k'), painter, background });
    const text = pageText().text;
    notes.place([storedAnnotation({ target: describeSpan(text, text.indexOf('caption set'), text.indexOf('caption set') + 'caption set'.length) })]);
    expect(notes.rangeOf('a1')?.toString()).toBe('caption set');
  });

  it('opens a note placed in the whole page because the article no longer holds its text', () => {
    document.body.innerHTML = '<article><p>The article says something else now.</p></article><aside><p>Quoted words kept outside</p></aside>';
    const index = buildTextIndex(document.querySelector('article')!);
    const pageIndex = buildTextIndex(document.body);
    const start = pageIndex.text.indexOf('words kept');
    const notes = createNotesFeature({ index, pageIndex: () => pageIndex, page: pageMeta(), pageKey: Promise.resolve('k'), painter, background });
    notes.place([storedAnnotation({ target: describeSpan(pageIndex.text, start, start + 'words kept'.length) })]);
    expect(notes.placements()).toEqual([expect.objectContaining({ state: 'anchored' })]);

    // No layout in happy-dom: the caret lands in the aside's text, and every range has one line box.
    const asideText = document.querySelector('aside p')!.firstChild!;
    (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = () => ({ offsetNode: asideText, offset: 9 });
    Range.prototype.getClientRects = () => [{ left: 0, right: 200, top: 0, bottom: 20 }] as unknown as DOMRectList;
    expect(notes.noteAtPoint(10, 10)?.annotation.id).toBe('a1');
  });
});
