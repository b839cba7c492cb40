/**
 * The baseline entity engine for bench:ner: compromise's people, places and organisations, mapped onto
 * exact character offsets of the input text (the shipped engine is src/core/nlp/entities-tagger).
 */
import nlp from 'compromise';
import type { EntitySpan, EntityType } from '../../src/core/model/analysis';

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

const GETTERS: [EntityType, 'people' | 'organizations' | 'places'][] = [
  ['PER', 'people'],
  ['ORG', 'organizations'],
  ['LOC', 'places'],
];

const HONORIFIC = /^(?:(?:President|Prime Minister|Minister|Senator|Sen\.|Rep\.|Gov\.|Governor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|Dame|Lord|Judge|Justice|General|Gen\.|King|Queen|Prince|Princess|Pope|Chancellor|Mayor)\s+)+/;

/** Trims spaces, trailing punctuation and a possessive, and the leading honorific of a person. */
function tidySpan(text: string, start: number, end: number, type: EntityType): { start: number; end: number } {
  let slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  start += lead;
  slice = slice.trim();
  const trailing = /(?:['’]s|[\s.,;:!?"'”’)]+)+$/.exec(slice);
  if (trailing && !/\b[A-Z]\.$/.test(slice)) slice = slice.slice(0, trailing.index);
  if (type === 'PER') {
    const honorific = HONORIFIC.exec(slice);
    if (honorific && honorific[0].length < slice.length) {
      start += honorific[0].length;
      slice = slice.slice(honorific[0].length);
    }
  }
  return { start, end: start + slice.length };
}

/** Tags people, organisations and places; spans index into `text` and never overlap. */
export function tagEntitiesWithCompromise(text: string): EntitySpan[] {
  const doc = nlp(text);
  const spans: EntitySpan[] = [];
  for (const [type, getter] of GETTERS) {
    const matches = doc[getter]().json({ offset: true, terms: false } as object) as CompromiseMatch[];
    for (const match of matches) {
      if (!match.offset) continue;
      const { start, end } = tidySpan(text, match.offset.start, match.offset.start + match.offset.length, type);
      const surface = text.slice(start, end);
      if (end - start < 2 || !/^\p{Lu}/u.test(surface)) continue;
      spans.push({ text: surface, type, start, end });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntitySpan[] = [];
  for (const span of spans) if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  return kept;
}
