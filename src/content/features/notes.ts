/**
 * The reader's highlights and notes in the page: placed by re-anchoring each stored
 * target in the article text (falling back to the whole page's text), painted by
 * colour, created, edited and deleted through the background.
 */
import { describeSpan } from '../../core/anchoring/describe';
import { type Anchor, createResolver } from '../../core/anchoring/resolve';
import type { Annotation, AnnotationPatch, AnnotationTarget } from '../../core/model/annotation';
import { HIGHLIGHT_COLORS } from '../../core/model/annotation';
import type { PageMeta } from '../../core/model/page';
import { type Result, fail } from '../../core/model/result';
import type { PlacedAnnotation } from '../../messaging/protocol';
import type { BackgroundCaller } from '../background-client';
import type { Painter } from '../highlighting/painter';
import { isPointInRange, offsetAtPoint } from '../highlighting/hit-test';
import type { TextIndex } from '../text-index/text-index';

/** A stored annotation and where it landed (if anywhere) in this page. */
export interface PlacedNote {
  annotation: Annotation;
  anchor: Anchor;
  /** The text index the anchor refers to (article, or the whole page as fallback). */
  index: TextIndex;
}

/** What the reader writes on a note. */
export type NoteBody = Pick<Annotation, 'color' | 'note' | 'tags'>;

export interface NotesFeature {
  place(annotations: readonly Annotation[]): void;
  reload(): Promise<void>;
  /** Stores a new note on text of the article's index, or of the whole page's (`within`). */
  create(span: { start: number; end: number; within: TextIndex }, body: NoteBody): Promise<Result<Annotation>>;
  update(id: string, patch: AnnotationPatch): Promise<Result<Annotation>>;
  remove(id: string): Promise<Result<{ id: string }>>;
  /** Stores a deleted note again as it was (its id and dates), placed wherever its text is now. */
  restore(annotation: Annotation): Promise<Result<Annotation>>;
  /** The anchored note under a viewport point. */
  noteAtPoint(x: number, y: number): PlacedNote | undefined;
  /** DOM range of an anchored note. */
  rangeOf(id: string): Range | undefined;
  placements(): PlacedAnnotation[];
}

export interface NotesDeps {
  index: TextIndex;
  /** The whole page's text, looked at when a note is not found in the article's; none where the article's text is the page's. */
  pageIndex: (() => TextIndex) | undefined;
  /** The page; its key is set once the background has derived it. */
  page: PageMeta;
  /** The page key, once the background has answered; undefined where no notes can be kept. */
  pageKey: Promise<string | undefined>;
  painter: Painter;
  background: BackgroundCaller;
}

const NO_NOTES_HERE = 'Gloss cannot keep notes on this page (storage unavailable or an unsupported address)';

export function createNotesFeature(deps: NotesDeps): NotesFeature {
  const { index, painter, background, page } = deps;
  let notes: PlacedNote[] = [];

  // One resolver per text: the whitespace-folded view is built once for all notes. The
  // whole page's text is built again when the page changes, and gets a resolver of its own.
  let resolveInArticle: ((target: AnnotationTarget) => Anchor) | undefined;
  let inPage: { text: TextIndex; resolve: (target: AnnotationTarget) => Anchor } | undefined;

  const placeOne = (annotation: Annotation): PlacedNote => {
    resolveInArticle ??= createResolver(index.text);
    const anchor = resolveInArticle(annotation.target);
    if (anchor.status === 'anchored' || !deps.pageIndex) return { annotation, anchor, index };
    const fallback = deps.pageIndex();
    if (inPage?.text !== fallback) inPage = { text: fallback, resolve: createResolver(fallback.text) };
    return { annotation, anchor: inPage.resolve(annotation.target), index: fallback };
  };

  const rangeOfNote = (note: PlacedNote): Range | undefined =>
    note.anchor.status === 'anchored' ? note.index.rangeFromOffsets(note.anchor.start, note.anchor.end) : undefined;

  const paint = (): void => {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = notes
        .filter((n) => n.annotation.color === color)
        .map(rangeOfNote)
        .filter((r): r is Range => r !== undefined);
      painter.set(`gloss-note-${color}`, ranges);
    }
  };

  /** Document order: by offset within one text, by DOM position across the article's and the page's; orphans last. */
  const compareNotes = (a: PlacedNote, b: PlacedNote): number => {
    if (a.anchor.status !== 'anchored' || b.anchor.status !== 'anchored') return Number(a.anchor.status !== 'anchored') - Number(b.anchor.status !== 'anchored');
    if (a.index === b.index) return a.anchor.start - b.anchor.start;
    const [first, second] = [rangeOfNote(a), rangeOfNote(b)];
    return first && second ? first.compareBoundaryPoints(Range.START_TO_START, second) : 0;
  };

  const sortNotes = (): void => {
    notes.sort((a, b) => compareNotes(a, b) || a.annotation.created - b.annotation.created);
  };

  /** Sends one write of a note of this page, then paints the stored note where `place` puts it. */
  const store = async (write: (page: PageMeta) => Promise<Result<Annotation>>, place: (stored: Annotation) => PlacedNote): Promise<Result<Annotation>> => {
    const pageKey = await deps.pageKey;
    if (!pageKey) return fail('unavailable', NO_NOTES_HERE);
    const result = await write({ ...page, key: pageKey });
    // The change announcement may have brought the note already.
    if (result.ok && !notes.some((n) => n.annotation.id === result.value.id)) {
      notes.push(place(result.value));
      sortNotes();
      paint();
    }
    return result;
  };

  const feature: NotesFeature = {
    place(annotations) {
      notes = annotations.map(placeOne);
      sortNotes();
      paint();
    },
    async reload() {
      const pageKey = await deps.pageKey;
      if (!pageKey) return;
      const result = await background('listPageAnnotations', { pageKey });
      if (result.ok) feature.place(result.value);
    },
    create({ start, end, within }, body) {
      const target = describeSpan(within.text, start, end);
      return store(
        (keyed) => background('createAnnotation', { annotation: { pageKey: keyed.key, url: keyed.url, title: keyed.title, target, ...body }, page: keyed }),
        (stored) => ({ annotation: stored, anchor: { status: 'anchored', start, end, confidence: 1, method: 'position' }, index: within }),
      );
    },
    restore(annotation) {
      return store((keyed) => background('restoreAnnotation', { annotation, page: keyed }), placeOne);
    },
    async update(id, patch) {
      const result = await background('updateAnnotation', { id, patch });
      if (result.ok) {
        // A new target (re-attached note) must be placed again; a new note or colour keeps its place.
        notes = notes.map((n) => (n.annotation.id !== id ? n : patch.target ? placeOne(result.value) : { ...n, annotation: result.value }));
        sortNotes();
        paint();
      }
      return result;
    },
    async remove(id) {
      const result = await background('deleteAnnotation', { id });
      if (result.ok) {
        notes = notes.filter((n) => n.annotation.id !== id);
        paint();
      }
      return result;
    },
    noteAtPoint(x, y) {
      // Notes lie in the article's index or, when not found there, in the whole page's.
      const offsets = new Map<TextIndex, number | undefined>();
      const offsetIn = (text: TextIndex): number | undefined => {
        if (!offsets.has(text)) offsets.set(text, offsetAtPoint(text, x, y));
        return offsets.get(text);
      };
      // Later (inner, newer) notes first, so a note inside another can still be opened.
      return [...notes].reverse().find((note) => {
        if (note.anchor.status !== 'anchored') return false;
        const offset = offsetIn(note.index);
        if (offset === undefined || offset < note.anchor.start || offset > note.anchor.end) return false;
        const range = rangeOfNote(note);
        return range !== undefined && isPointInRange(range, x, y);
      });
    },
    rangeOf(id) {
      const note = notes.find((n) => n.annotation.id === id);
      return note ? rangeOfNote(note) : undefined;
    },
    placements: () =>
      notes.map((n) => ({ id: n.annotation.id, quote: n.annotation.target.quote.exact, state: n.anchor.status })),
  };
  return feature;
}
