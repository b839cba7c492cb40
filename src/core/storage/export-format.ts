/**
 * Export and import in the W3C Web Annotation vocabulary, with Gloss's own fields
 * (colour, page key) under "gloss". Import validates every item and reports each
 * rejection instead of failing the whole file.
 */
import { type Annotation, HIGHLIGHT_COLORS, isAnnotationId, isAnnotationTarget, isHighlightColor, normalizeTags } from '../model/annotation';
import { isBoundedString, isRecord } from '../model/guards';
import { LIMITS } from '../model/limits';
import { type PageRecord, isPageMeta } from '../model/page';

export const EXPORT_FORMAT_VERSION = 1;

/** One annotation as exported. */
export interface ExportedAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  body: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging' }[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  gloss: { pageKey: string; title: string; color: string };
}

/** A whole export file. */
export interface ExportFile {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  generator: string;
  glossExportVersion: number;
  exported: string;
  total: number;
  items: ExportedAnnotation[];
  pages: PageRecord[];
}

/** What an import found: valid records, and each rejection with its reason. */
export interface ParsedImport {
  annotations: Annotation[];
  pages: PageRecord[];
  rejected: { item: number; reason: string }[];
}

const ID_PREFIX = 'urn:gloss:';

/** Maps a stored annotation to its exported form. */
export function toExported(annotation: Annotation): ExportedAnnotation {
  const { quote, position } = annotation.target;
  return {
    id: ID_PREFIX + annotation.id,
    type: 'Annotation',
    created: new Date(annotation.created).toISOString(),
    modified: new Date(annotation.updated).toISOString(),
    motivation: annotation.note ? 'commenting' : 'highlighting',
    body: [
      ...(annotation.note ? [{ type: 'TextualBody' as const, value: annotation.note, purpose: 'commenting' as const }] : []),
      ...annotation.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
    ],
    target: {
      source: annotation.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    gloss: { pageKey: annotation.pageKey, title: annotation.title, color: annotation.color },
  };
}

/** Builds an export file; `now` and `generator` come from the caller. */
export function buildExport(annotations: Annotation[], pages: PageRecord[], now: number, generator: string): ExportFile {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    generator,
    glossExportVersion: EXPORT_FORMAT_VERSION,
    exported: new Date(now).toISOString(),
    total: annotations.length,
    items: annotations.map(toExported),
    pages,
  };
}

function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/** Reads one exported item back, or says why it cannot be. */
export function fromExported(item: unknown): Annotation | string {
  if (!isRecord(item)) return 'not an object';
  if (typeof item.id !== 'string' || !item.id.startsWith(ID_PREFIX)) return 'missing or foreign id';
  const id = item.id.slice(ID_PREFIX.length);
  if (!isAnnotationId(id)) return 'malformed id';
  const created = parseTime(item.created);
  const updated = parseTime(item.modified);
  if (created === undefined || updated === undefined) return 'bad created/modified time';
  if (!isRecord(item.gloss) || !isRecord(item.target)) return 'missing target or gloss fields';
  const { pageKey, title, color } = item.gloss;
  if (!isBoundedString(pageKey, LIMITS.URL) || !pageKey) return 'bad page key';
  if (!isBoundedString(title, LIMITS.TITLE)) return 'bad title';
  if (!isHighlightColor(color)) return `colour must be one of ${HIGHLIGHT_COLORS.join(', ')}`;
  if (!isBoundedString(item.target.source, LIMITS.URL)) return 'bad target source';
  const selectors = Array.isArray(item.target.selector) ? item.target.selector.filter(isRecord) : [];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const target = {
    quote: { exact: quote?.exact, prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' },
    position: { start: position?.start, end: position?.end },
  };
  if (!isAnnotationTarget(target)) return 'bad selectors';
  const bodies = Array.isArray(item.body) ? item.body.filter(isRecord) : [];
  const note = bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  if (!note.every((n) => isBoundedString(n, LIMITS.NOTE)) || !tags.every((t) => isBoundedString(t, LIMITS.TAG))) return 'bad body';
  const noteText = (note as string[]).join('\n\n');
  if (noteText.length > LIMITS.NOTE) return 'note too long';
  return {
    id,
    pageKey,
    url: item.target.source,
    title,
    target,
    note: noteText,
    tags: normalizeTags(tags as string[]),
    color,
    created,
    updated,
  };
}

function parsePage(value: unknown): PageRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { firstSeen, lastSeen, ...meta } = value;
  if (typeof firstSeen !== 'number' || typeof lastSeen !== 'number' || !isPageMeta(meta)) return undefined;
  return { ...meta, firstSeen, lastSeen };
}

/** Validates a whole import file item by item. */
export function parseImport(data: unknown): ParsedImport | string {
  if (!isRecord(data) || data.type !== 'AnnotationCollection' || !Array.isArray(data.items)) {
    return 'not a Gloss export (expected an AnnotationCollection with items)';
  }
  if (typeof data.glossExportVersion === 'number' && data.glossExportVersion > EXPORT_FORMAT_VERSION) {
    return `made by a newer Gloss (format ${data.glossExportVersion}); update Gloss to import it`;
  }
  if (data.items.length > LIMITS.IMPORT_ITEMS) return `too many items (${data.items.length}; at most ${LIMITS.IMPORT_ITEMS})`;
  const result: ParsedImport = { annotations: [], pages: [], rejected: [] };
  data.items.forEach((item, index) => {
    const parsed = fromExported(item);
    if (typeof parsed === 'string') result.rejected.push({ item: index, reason: parsed });
    else result.annotations.push(parsed);
  });
  for (const page of Array.isArray(data.pages) ? data.pages : []) {
    const parsed = parsePage(page);
    if (parsed) result.pages.push(parsed);
  }
  return result;
}

/** The record that survives when an imported annotation meets a stored one with the same id. */
export function mergeImported(stored: Annotation | undefined, incoming: Annotation): Annotation | undefined {
  if (!stored) return incoming;
  return incoming.updated > stored.updated ? incoming : undefined;
}

