/** NER sentences from ../shared/data/ner, with tags mapped to Gloss's types. */
import { readJsonl } from './jsonl';

export interface NerSentence {
  tokens: string[];
  tags: string[];
  /** The document it belongs to, where the set says (CoNLL does, GMB does not). */
  doc?: number;
}

const TYPE_NAMES: Record<string, string> = {
  PER: 'PER', PERSON: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GEO: 'LOC', GPE: 'LOC',
  TIME: 'O', TIM: 'O',
};

/**
 * GMB geo and gpe are both places (LOC); TIME is not an entity for Gloss (O); PER, ORG and
 * MISC stay. CoNLL's PER/ORG/LOC/MISC are used as they are. Types are read in any case and
 * under their long names ("B-geo", "I-PERSON"), so a set written another way still scores.
 */
export function mapTag(tag: string): string {
  if (tag === 'O') return 'O';
  const [prefix, rawType = ''] = tag.split('-') as [string, string | undefined];
  const type = TYPE_NAMES[rawType.toUpperCase()] ?? rawType.toUpperCase();
  return type === 'O' ? 'O' : `${prefix.toUpperCase()}-${type}`;
}

/** A row of the ner schema: as many string tags as string tokens. */
function isNerRow(row: unknown): row is NerSentence {
  const { tokens, tags } = (row ?? {}) as Partial<NerSentence>;
  const strings = (values: unknown) => Array.isArray(values) && values.every((v) => typeof v === 'string');
  return strings(tokens) && strings(tags) && tokens!.length === tags!.length;
}

export function readNer(path: string): NerSentence[] {
  return readJsonl(path, isNerRow).map((row) => ({ tokens: row.tokens, tags: row.tags.map(mapTag), doc: row.doc }));
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
