/** NER sentences from ../shared/data/ner, with tags mapped to Gloss's types. */
import { readJsonl } from './jsonl';

export interface NerSentence {
  tokens: string[];
  tags: string[];
  /** The document it belongs to, where the set says (CoNLL does, GMB does not). */
  doc?: number;
}

/**
 * GMB geo and gpe are both places (LOC); TIME is not an entity for Gloss (O); PER, ORG and
 * MISC stay. CoNLL's PER/ORG/LOC/MISC are used as they are.
 */
export function mapTag(tag: string): string {
  if (tag === 'O') return 'O';
  const [prefix, type] = tag.split('-') as [string, string];
  if (type === 'GPE' || type === 'LOC' || type === 'GEO') return `${prefix}-LOC`;
  if (type === 'TIME' || type === 'TIM') return 'O';
  return `${prefix}-${type}`;
}

export function readNer(path: string): NerSentence[] {
  return readJsonl<NerSentence>(path).map((row) => ({ tokens: row.tokens, tags: row.tags.map(mapTag), doc: row.doc }));
}

/** Consecutive sentences of one document; without document ids, each sentence is its own. */
export function documents(sentences: readonly NerSentence[]): NerSentence[][] {
  const out: NerSentence[][] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && s.doc !== undefined && s.doc === sentences[i - 1]!.doc) out.at(-1)!.push(s);
    else out.push([s]);
  });
  return out;
}
