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
 * Features of the word alone (its forms, shape, affixes and clusters): the same wherever
 * it stands, so a tagger may sum their weights once per distinct word.
 */
export function wordFeatures(word: string, lower: string, shape: string, clusters: readonly string[] = []): string[] {
  const features = [
    'b',
    `w=${lower}`,
    `W=${word}`,
    `s=${shape}`,
    `p1=${lower.slice(0, 1)}`,
    `p2=${lower.slice(0, 2)}`,
    `p3=${lower.slice(0, 3)}`,
    `x2=${lower.slice(-2)}`,
    `x3=${lower.slice(-3)}`,
    `x4=${lower.slice(-4)}`,
  ];
  if (word.length > 1 && word === word.toUpperCase() && HAS_LETTER.test(word)) features.push('allcaps');
  const [coarse, fine] = clusters;
  if (coarse) features.push(`c=${coarse}`);
  if (fine) features.push(`C=${fine}`);
  return features;
}

/** Features of the token in its sentence: neighbours, position, name lists and the tags given so far. */
export function contextFeatures(view: SentenceView, i: number, previousTag: string, beforePreviousTag: string): string[] {
  const { lowers, shapes } = view;
  const lower = lowers[i]!;
  const shape = shapes[i]!;
  const at = (k: number) => lowers[i + k] ?? (k < 0 ? '<s>' : '</s>');
  const shapeAt = (k: number) => shapes[i + k] ?? '-';
  const features = [
    `w-1=${at(-1)}`,
    `w+1=${at(1)}`,
    `w-2=${at(-2)}`,
    `w+2=${at(2)}`,
    `s-1=${shapeAt(-1)}`,
    `s+1=${shapeAt(1)}`,
    `s-1s+1=${shapeAt(-1)}|${shape}|${shapeAt(1)}`,
    `w-1w=${at(-1)}|${lower}`,
    `ww+1=${lower}|${at(1)}`,
    `t-1=${previousTag}`,
    `t-2t-1=${beforePreviousTag}|${previousTag}`,
    `t-1w=${previousTag}|${lower}`,
    `t-1s=${previousTag}|${shape}`,
  ];
  if (i === 0) features.push(`first|s=${shape}`, `first|w=${lower}`);
  const mark = view.gazetteer[i];
  if (mark) features.push(mark, `${mark}|t-1=${previousTag}`);
  if (view.clusters.length > 0) features.push(`c-1=${(view.clusters[i - 1] ?? UNLISTED)[0]}`, `c+1=${(view.clusters[i + 1] ?? UNLISTED)[0]}`);
  const nextMark = view.gazetteer[i + 1];
  if (nextMark) features.push(`+1${nextMark}`);
  const previousMark = view.gazetteer[i - 1];
  if (previousMark) features.push(`-1${previousMark}`);
  return features;
}

/** All features of one token (what training sees): its word's and its context's. */
export function nerFeatures(view: SentenceView, i: number, previousTag: string, beforePreviousTag: string): string[] {
  return [...wordFeatures(view.words[i]!, view.lowers[i]!, view.shapes[i]!, view.clusters[i]), ...contextFeatures(view, i, previousTag, beforePreviousTag)];
}
