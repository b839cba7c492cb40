import { LIMITS } from './limits';
import { hasOnlyKeys, isBoundedString, isIntegerIn, isRecord, isStringArray } from './guards';

/** Highlight colours a reader can choose; each has a distinct style as well as a hue. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** The quote and its surroundings, as in the W3C TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets into the article text, as in the W3C TextPositionSelector. */
export interface TextPosition {
  start: number;
  end: number;
}

/** Which of several identical passages (same quote and context) the annotation is on. */
export interface Occurrence {
  index: number;
  count: number;
}

/** Where an annotation sits: both selectors are kept, the quote is the truth. */
export interface AnnotationTarget {
  quote: TextQuote;
  position: TextPosition;
  occurrence?: Occurrence;
  /**
   * How much of this quote's context its closest look-alike on the page already repeated
   * when the note was made; a copy found later must beat that to be trusted.
   */
  rival?: number;
}

function isOccurrence(value: unknown): value is Occurrence {
  if (!isRecord(value) || !isIntegerIn(value.count, 2, 100_000)) return false;
  return isIntegerIn(value.index, 0, value.count - 1);
}

/** What the reader wrote. */
export interface AnnotationBody {
  note: string;
  tags: string[];
  color: HighlightColor;
}

/** One stored highlight with its note. */
export interface Annotation extends AnnotationBody {
  id: string;
  pageKey: string;
  url: string;
  title: string;
  target: AnnotationTarget;
  created: number;
  updated: number;
}

/** Fields a content script may supply when creating an annotation. */
export interface NewAnnotation extends AnnotationBody {
  pageKey: string;
  url: string;
  title: string;
  target: AnnotationTarget;
}

/** Fields that may be changed after creation. */
export type AnnotationPatch = Partial<AnnotationBody> & { target?: AnnotationTarget };

/** True for one of the known highlight colours. */
export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** Trims, lower-cases, de-duplicates and bounds a list of tags typed by the reader. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, '').replace(/\s+/g, '-').toLowerCase().slice(0, LIMITS.TAG);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, LIMITS.TAGS);
}

/** Parses "a, b #c" typed into a tags field. */
export function parseTagInput(input: string): string[] {
  return normalizeTags(input.split(/[,\s]+/));
}

/** Validates a target from an untrusted source. */
export function isAnnotationTarget(value: unknown): value is AnnotationTarget {
  if (!isRecord(value) || !isRecord(value.quote) || !isRecord(value.position)) return false;
  const { quote, position } = value;
  return (
    isBoundedString(quote.exact, LIMITS.QUOTE) &&
    quote.exact.trim().length > 0 &&
    isBoundedString(quote.prefix, LIMITS.CONTEXT) &&
    isBoundedString(quote.suffix, LIMITS.CONTEXT) &&
    isIntegerIn(position.start, 0, LIMITS.ARTICLE_TEXT) &&
    isIntegerIn(position.end, 0, LIMITS.ARTICLE_TEXT) &&
    position.end > position.start &&
    (value.occurrence === undefined || isOccurrence(value.occurrence)) &&
    (value.rival === undefined || (typeof value.rival === 'number' && value.rival >= 0 && value.rival <= 1))
  );
}

/** Validates a partial body (note, tags, colour) from an untrusted source. */
export function isAnnotationPatch(value: unknown): value is AnnotationPatch {
  if (!isRecord(value) || !hasOnlyKeys(value, ['note', 'tags', 'color', 'target'])) return false;
  if ('note' in value && !isBoundedString(value.note, LIMITS.NOTE)) return false;
  if ('tags' in value && !isStringArray(value.tags, LIMITS.TAGS, LIMITS.TAG)) return false;
  if ('color' in value && !isHighlightColor(value.color)) return false;
  if ('target' in value && !isAnnotationTarget(value.target)) return false;
  return true;
}

/** Validates a new annotation from an untrusted source. */
export function isNewAnnotation(value: unknown): value is NewAnnotation {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['pageKey', 'url', 'title', 'target', 'note', 'tags', 'color']) &&
    isBoundedString(value.pageKey, LIMITS.URL) &&
    value.pageKey.length > 0 &&
    isBoundedString(value.url, LIMITS.URL) &&
    isBoundedString(value.title, LIMITS.TITLE) &&
    isAnnotationTarget(value.target) &&
    isBoundedString(value.note, LIMITS.NOTE) &&
    isStringArray(value.tags, LIMITS.TAGS, LIMITS.TAG) &&
    isHighlightColor(value.color)
  );
}

/** An annotation id: word characters and hyphens (a UUID as Gloss makes them). */
export function isAnnotationId(value: unknown): value is string {
  return isBoundedString(value, LIMITS.ID) && /^[\w-]+$/.test(value);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Validates a whole stored annotation from an untrusted source (a deleted note sent back to be restored). */
export function isAnnotation(value: unknown): value is Annotation {
  if (!isRecord(value)) return false;
  const { id, created, updated, ...fields } = value;
  return isAnnotationId(id) && isTime(created) && isTime(updated) && isNewAnnotation(fields);
}

/** Builds a stored annotation from validated input; the caller supplies id and clock. */
export function createAnnotation(input: NewAnnotation, id: string, now: number): Annotation {
  return {
    id,
    pageKey: input.pageKey,
    url: input.url,
    title: input.title,
    target: input.target,
    note: input.note,
    tags: normalizeTags(input.tags),
    color: input.color,
    created: now,
    updated: now,
  };
}

/** Applies a validated patch, bumping the update time. */
export function applyPatch(annotation: Annotation, patch: AnnotationPatch, now: number): Annotation {
  return {
    ...annotation,
    ...(patch.note !== undefined && { note: patch.note }),
    ...(patch.tags !== undefined && { tags: normalizeTags(patch.tags) }),
    ...(patch.color !== undefined && { color: patch.color }),
    ...(patch.target !== undefined && { target: patch.target }),
    updated: now,
  };
}
