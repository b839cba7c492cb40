/**
 * The trained entity tagger: an averaged perceptron over nerFeatures, decoded greedily
 * left to right with BIO constraints. Shipped (model-pack) as feature keys (hashed names,
 * see feature-keys) and a flat Int16 weight array with one scale, so it loads with
 * nothing decoded or built per feature.
 */
import { decodeFeatureKeys } from './feature-keys';
import { unpackModelFile } from './model-pack';
import { contextFeatures, emitContextFeatures, emitWordFeatures, type FeatureSink, type Lexicon, type SentenceView, sentenceView, wordFeatures } from './ner-features';
import type { Gazetteer } from './gazetteer';
import { CAPITALIZED, HAS_LETTER } from './word-case';

/** The model file's content (written by scripts/train-ner.ts). */
export interface NerModelFile {
  version: 3;
  /** Tags in weight-column order ("O", "B-PER", "I-PER", …). */
  classes: string[];
  /** Feature names as sorted hashes (feature-keys), in weight-row order. */
  keys: Uint32Array;
  /** Weights, rows of classes.length. */
  weights: Int16Array;
  /** Multiply a stored weight by this to get the trained one. */
  scale: number;
  trainedOn: string;
}

export function unpackNerModel(bytes: ArrayBuffer | Uint8Array): NerModelFile {
  return unpackModelFile<NerModelFile>(bytes, 3, { keys: Uint32Array, weights: Int16Array });
}

/** A loaded tagger: tags for a sentence's words. */
export interface NerModel {
  tag(words: readonly string[]): string[];
  /** The name lists, for the rules applied after tagging. */
  gazetteer?: Gazetteer;
}

/** True when `tag` may follow `previous` in BIO (an I- continues an entity of its type). */
export function isAllowedAfter(previous: string, tag: string): boolean {
  return !tag.startsWith('I-') || previous.slice(2) === tag.slice(2);
}

/** Adds one feature's weight row, if the model has one, to the scores of every class. */
export type AddWeights = (feature: string, scores: Float64Array) => void;

/** Adds the rows of token i's word features (a model may cache their sum per word). */
export type AddWordWeights = (view: SentenceView, i: number, scores: Float64Array) => void;

/** Adds the rows of token i's context features, given the tags of the two tokens before it. */
export type AddContextWeights = (view: SentenceView, i: number, previousTag: string, beforePreviousTag: string, scores: Float64Array) => void;

/** How a tagger scores a token: its word's features and its context's, added to the scores of every class. */
export interface TokenScorer {
  addWordWeights: AddWordWeights;
  addContextWeights: AddContextWeights;
}

/** A scorer over feature names, each row added by `addWeights` (training, whose rows are still being learnt). */
export function scorerByName(addWeights: AddWeights): TokenScorer {
  return {
    addWordWeights: (view, i, scores) => {
      for (const feature of wordFeatures(view.words[i]!, view.lowers[i]!, view.shapes[i]!, view.clusters[i])) addWeights(feature, scores);
    },
    addContextWeights: (view, i, previousTag, beforePreviousTag, scores) => {
      for (const feature of contextFeatures(view, i, previousTag, beforePreviousTag)) addWeights(feature, scores);
    },
  };
}

const LOWER_CASE_LETTERS = /^\p{Ll}+$/u;

/**
 * True for a word of lower-case letters before a word that is not capitalised ("said the"):
 * it begins no name, where a particle before a capitalised word may ("bin Laden", "de
 * Silva"). Most of an article's tokens are such words: after no entity they are tagged O
 * unscored, which made tagging 45% faster with the same F1 on gmb-test and conll2003-dev.
 */
function beginsNothing(words: readonly string[], i: number): boolean {
  return LOWER_CASE_LETTERS.test(words[i]!) && !CAPITALIZED.test(words[i + 1] ?? '');
}

/**
 * Tags words left to right, summing the weights of each token's features; no entity
 * begins on a token without a letter, nor on a lower-case word that begins nothing.
 */
export function greedyTag(
  words: readonly string[],
  classes: readonly string[],
  { addWordWeights, addContextWeights }: TokenScorer,
  lexicon?: Lexicon,
): string[] {
  const tags: string[] = [];
  const scores = new Float64Array(classes.length);
  const view = sentenceView(words, lexicon);
  for (let i = 0; i < words.length; i++) {
    const previous = tags[i - 1] ?? '<s>';
    if (previous === 'O' && beginsNothing(words, i)) {
      tags.push('O');
      continue;
    }
    scores.fill(0);
    const mayBegin = HAS_LETTER.test(words[i]!);
    const allowed = (c: number) => isAllowedAfter(previous, classes[c]!) && (mayBegin || !classes[c]!.startsWith('B-'));
    addWordWeights(view, i, scores);
    addContextWeights(view, i, previous, tags[i - 2] ?? '<s>', scores);
    let best = 0;
    for (let c = 1; c < classes.length; c++) {
      if (scores[c]! > scores[best]! && allowed(c)) best = c;
    }
    if (!allowed(best)) best = classes.indexOf('O');
    tags.push(classes[best]!);
  }
  return tags;
}

/** Distinct words whose word-feature sums a loaded model keeps; past this it starts afresh. */
const WORD_CACHE_LIMIT = 20_000;

export function loadNerModel(file: NerModelFile, lexicon?: Lexicon): NerModel {
  // Scores are compared, never reported: summing the stored integers and skipping the
  // scale gives the same argmax, and saves converting half a million weights at load.
  const weights = file.weights;
  const width = file.classes.length;
  const keys = decodeFeatureKeys(file.keys);
  // Rows are added to `target`, set before each token's features are read. Read in place:
  // a subarray view per feature lookup was a third of the tagging time.
  let target: Float64Array = new Float64Array(width);
  const addRow = (row: number): void => {
    if (row < 0) return;
    const at = row * width;
    for (let c = 0; c < width; c++) target[c]! += weights[at + c]!;
  };
  const addPieces: FeatureSink = (a, b, c, d, e, f) => addRow(keys.rowOfPieces(a, b, c, d, e, f));
  const addContextWeights: AddContextWeights = (view, i, previousTag, beforePreviousTag, scores) => {
    target = scores;
    emitContextFeatures(view, i, previousTag, beforePreviousTag, addPieces);
  };
  // A word's own features are a third of a token's: an article repeats most of its words,
  // so their sum is kept per word (integers, so the sums are exactly those of the rows).
  const wordSums = new Map<string, Float64Array>();
  const addWordWeights: AddWordWeights = (view, i, scores) => {
    const word = view.words[i]!;
    let sum = wordSums.get(word);
    if (!sum) {
      if (wordSums.size >= WORD_CACHE_LIMIT) wordSums.clear();
      sum = new Float64Array(width);
      target = sum;
      emitWordFeatures(word, view.lowers[i]!, view.shapes[i]!, view.clusters[i], addPieces);
      wordSums.set(word, sum);
    }
    for (let c = 0; c < width; c++) scores[c]! += sum[c]!;
  };
  return {
    tag: (words) => greedyTag(words, file.classes, { addWordWeights, addContextWeights }, lexicon),
    gazetteer: lexicon?.gazetteer,
  };
}

/** Entity spans (token ranges) from BIO tags. */
export function spansFromTags(tags: readonly string[]): { type: string; start: number; end: number }[] {
  const spans: { type: string; start: number; end: number }[] = [];
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (i === 0 || tags[i - 1]!.slice(2) !== tag.slice(2)))) spans.push({ type: tag.slice(2), start: i, end: i + 1 });
    else if (tag.startsWith('I-')) spans.at(-1)!.end = i + 1;
  });
  return spans;
}
