/**
 * Features of one token for the entity tagger: the word and its shape, affixes, the
 * words and shapes around it, capitalisation at the start of a sentence, the word
 * clusters and name-list membership of it and its neighbours, and the tags already given
 * to the previous two tokens (the tagger runs left to right).
 */
import { type Gazetteer, gazetteerMarks } from './gazetteer';
import { HAS_LETTER } from './word-case';
import type { WordClusters } from './word-clusters';

/** What the tagger knows of words beyond its training text: name lists and word clusters. */
export interface Lexicon {
  gazetteer?: Gazetteer;
  clusters?: WordClusters;
}

/** Stands for the cluster of a word the clusters do not list, and of the sentence's edges. */
const UNLISTED = ['?'];

/** "Obama" -> "Xx", "U.S." -> "X.X.", "1996" -> "d", "iPhone-12" -> "xX-d". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    // Letters are the characters with a case; digits are tested by code; the rest stand for themselves.
    const kind = lower !== upper ? (char === upper ? 'X' : 'x') : char >= '0' && char <= '9' ? 'd' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** Lower-cased words, shapes, clusters and name-list marks of a sentence, computed once for all its tokens. */
export interface SentenceView {
  words: readonly string[];
  lowers: string[];
  shapes: string[];
  /** Cluster ids per token; empty without clusters. */
  clusters: (readonly string[])[];
  gazetteer: string[];
}

export function sentenceView(words: readonly string[], { gazetteer, clusters }: Lexicon = {}): SentenceView {
  const lowers = words.map((w) => w.toLowerCase());
  return {
    words,
    lowers,
    shapes: words.map(wordShape),
    clusters: clusters ? lowers.map((lower) => clusters(lower) ?? UNLISTED) : [],
    gazetteer: gazetteer ? gazetteerMarks(words, lowers, gazetteer) : [],
  };
}

/**
 * Takes one feature as the pieces of its name; joined, they are the name training writes
 * and the model stores. The tagger hashes the pieces without joining them (feature-keys).
 */
export type FeatureSink = (a: string, b?: string, c?: string, d?: string, e?: string, f?: string) => void;

/** Features as names: the sink training uses. */
function collectNames(emit: (sink: FeatureSink) => void): string[] {
  const names: string[] = [];
  emit((a, b = '', c = '', d = '', e = '', f = '') => names.push(a + b + c + d + e + f));
  return names;
}

/**
 * Features of the word alone (its forms, shape, affixes and clusters): the same wherever
 * it stands, so a tagger may sum their weights once per distinct word.
 */
export function emitWordFeatures(word: string, lower: string, shape: string, clusters: readonly string[] | undefined, emit: FeatureSink): void {
  emit('b');
  emit('w=', lower);
  emit('W=', word);
  emit('s=', shape);
  emit('p1=', lower.slice(0, 1));
  emit('p2=', lower.slice(0, 2));
  emit('p3=', lower.slice(0, 3));
  emit('x2=', lower.slice(-2));
  emit('x3=', lower.slice(-3));
  emit('x4=', lower.slice(-4));
  if (word.length > 1 && word === word.toUpperCase() && HAS_LETTER.test(word)) emit('allcaps');
  const [coarse, fine] = clusters ?? [];
  if (coarse) emit('c=', coarse);
  if (fine) emit('C=', fine);
}

export function wordFeatures(word: string, lower: string, shape: string, clusters: readonly string[] = []): string[] {
  return collectNames((sink) => emitWordFeatures(word, lower, shape, clusters, sink));
}

/** Features of the token in its sentence: neighbours, position, name lists and the tags given so far. */
export function emitContextFeatures(view: SentenceView, i: number, previousTag: string, beforePreviousTag: string, emit: FeatureSink): void {
  const { lowers, shapes } = view;
  const lower = lowers[i]!;
  const shape = shapes[i]!;
  const at = (k: number) => lowers[i + k] ?? (k < 0 ? '<s>' : '</s>');
  const shapeAt = (k: number) => shapes[i + k] ?? '-';
  emit('w-1=', at(-1));
  emit('w+1=', at(1));
  emit('w-2=', at(-2));
  emit('w+2=', at(2));
  emit('s-1=', shapeAt(-1));
  emit('s+1=', shapeAt(1));
  emit('s-1s+1=', shapeAt(-1), '|', shape, '|', shapeAt(1));
  emit('w-1w=', at(-1), '|', lower);
  emit('ww+1=', lower, '|', at(1));
  emit('t-1=', previousTag);
  emit('t-2t-1=', beforePreviousTag, '|', previousTag);
  emit('t-1w=', previousTag, '|', lower);
  emit('t-1s=', previousTag, '|', shape);
  if (i === 0) {
    emit('first|s=', shape);
    emit('first|w=', lower);
  }
  const mark = view.gazetteer[i];
  if (mark) {
    emit(mark);
    emit(mark, '|t-1=', previousTag);
  }
  if (view.clusters.length > 0) {
    emit('c-1=', String((view.clusters[i - 1] ?? UNLISTED)[0]));
    emit('c+1=', String((view.clusters[i + 1] ?? UNLISTED)[0]));
  }
  const nextMark = view.gazetteer[i + 1];
  if (nextMark) emit('+1', nextMark);
  const previousMark = view.gazetteer[i - 1];
  if (previousMark) emit('-1', previousMark);
}

export function contextFeatures(view: SentenceView, i: number, previousTag: string, beforePreviousTag: string): string[] {
  return collectNames((sink) => emitContextFeatures(view, i, previousTag, beforePreviousTag, sink));
}

/** All features of one token (what training sees): its word's and its context's. */
export function nerFeatures(view: SentenceView, i: number, previousTag: string, beforePreviousTag: string): string[] {
  return [...wordFeatures(view.words[i]!, view.lowers[i]!, view.shapes[i]!, view.clusters[i]), ...contextFeatures(view, i, previousTag, beforePreviousTag)];
}
