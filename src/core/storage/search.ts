import type { Annotation } from '../model/annotation';

/**
 * Matches annotations against what the reader typed: every word must occur in the
 * quote, note, tags, title or URL (case-insensitive); "#word" must be a tag.
 */
export function matchesQuery(annotation: Annotation, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = [annotation.target.quote.exact, annotation.note, annotation.title, annotation.url, ...annotation.tags]
    .join('\n')
    .toLowerCase();
  return terms.every((term) =>
    term.startsWith('#') && term.length > 1 ? annotation.tags.includes(term.slice(1)) : haystack.includes(term),
  );
}
