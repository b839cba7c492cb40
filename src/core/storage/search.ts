import type { Annotation } from '../model/annotation';
import { withoutSoftHyphens } from '../model/whitespace';

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };

/**
 * Text as search compares it: compatibility-decomposed, without combining marks or soft
 * hyphens, lower case. "cafe" finds "Café", "ﬁnance" finds "finance", "muller" finds "Müller", "lodz"
 * finds "Łódź".
 */
export function foldForSearch(text: string): string {
  return withoutSoftHyphens(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđħıæœßþ]/g, (letter) => UNDECOMPOSED[letter]!);
}

/**
 * Matches annotations against what the reader typed: every word must occur in the
 * quote, note, tags, title or URL (case and accents aside); "#word" must be a tag.
 */
export function matchesQuery(annotation: Annotation, query: string): boolean {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const tags = annotation.tags.map(foldForSearch);
  const haystack = foldForSearch([annotation.target.quote.exact, annotation.note, annotation.title, annotation.url, ...annotation.tags].join('\n'));
  return terms.every((term) => (term.startsWith('#') && term.length > 1 ? tags.includes(term.slice(1)) : haystack.includes(term)));
}

/** The tags on these notes with how many carry each, the most used first (then by name). */
export function tagsByUse(annotations: readonly Annotation[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const annotation of annotations) for (const tag of annotation.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

const isTagTerm = (term: string, tag: string) => foldForSearch(term) === foldForSearch(`#${tag}`);

/** True when the query asks for the tag ("#tag" among its words). */
export function queryHasTag(query: string, tag: string): boolean {
  return query.split(/\s+/).some((term) => isTagTerm(term, tag));
}

/** The query with "#tag" added at its end, or taken out where it already stands. */
export function toggleTag(query: string, tag: string): string {
  const terms = query.split(/\s+/).filter(Boolean);
  const kept = terms.filter((term) => !isTagTerm(term, tag));
  return (kept.length < terms.length ? kept : [...terms, `#${tag}`]).join(' ');
}
