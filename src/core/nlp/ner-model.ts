/**
 * The trained entity tagger: an averaged perceptron over nerFeatures, decoded greedily
 * left to right with BIO constraints. Shipped as a feature list and a flat Int16 weight
 * array (base64) with one scale, so it loads with one decode.
 */
import { bytesFromBase64 } from './base64';
import type { Gazetteer, NameList } from './gazetteer';
import { contextFeatures, type SentenceView, sentenceView, wordFeatures } from './ner-features';

/** The model file's shape (written by scripts/train-ner.ts). */
export interface NerModelFile {
  version: 1;
  /** Tags in weight-column order ("O", "B-PER", "I-PER", …). */
  classes: string[];
  /** Feature names joined by "\n", in weight-row order. */
  features: string;
  /** Little-endian Int16 weights, rows of classes.length, base64. */
  weights: string;
  /** Multiply a stored weight by this to get the trained one. */
  scale: number;
  trainedOn: string;
}

/** A loaded tagger: tags for a sentence's words. */
export interface NerModel {
  tag(words: readonly string[]): string[];
  /** Place names (from the gazetteer), for the rules applied after tagging. */
  places?: NameList;
}

/** True when `tag` may follow `previous` in BIO (an I- continues an entity of its type). */
export function isAllowedAfter(previous: string, tag: string): boolean {
  return !tag.startsWith('I-') || previous.slice(2) === tag.slice(2);
}

/** Names begin and end with a word that has a letter (not "5.", "4-38", '"'). */
const HAS_LETTER = /\p{L}/u;

/** Adds one feature's weight row, if the model has one, to the scores of every class. */
export type AddWeights = (feature: string, scores: Float64Array) => void;

/** Adds the rows of token i's word features (a model may cache their sum per word). */
export type AddWordWeights = (view: SentenceView, i: number, scores: Float64Array) => void;

/** Tags words left to right, summing the weights of each token's features; no entity begins on a token without a letter. */
export function greedyTag(
  words: readonly string[],
  classes: readonly string[],
  addWeights: AddWeights,
  gazetteer?: Gazetteer,
  addWordWeights: AddWordWeights = (view, i, scores) => {
    for (const feature of wordFeatures(view.words[i]!, view.lowers[i]!, view.shapes[i]!)) addWeights(feature, scores);
  },
): string[] {
  const tags: string[] = [];
  const scores = new Float64Array(classes.length);
  const view = sentenceView(words, gazetteer);
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const previous = tags[i - 1] ?? '<s>';
    const mayBegin = HAS_LETTER.test(words[i]!);
    const allowed = (c: number) => isAllowedAfter(previous, classes[c]!) && (mayBegin || !classes[c]!.startsWith('B-'));
    addWordWeights(view, i, scores);
    for (const feature of contextFeatures(view, i, previous, tags[i - 2] ?? '<s>')) addWeights(feature, scores);
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

export function loadNerModel(file: NerModelFile, gazetteer?: Gazetteer): NerModel {
  const bytes = bytesFromBase64(file.weights);
  // Scores are compared, never reported: summing the stored integers and skipping the
  // scale gives the same argmax, and saves converting half a million weights at load.
  const weights = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const width = file.classes.length;
  const rowOf = new Map<string, number>();
  file.features.split('\n').forEach((name, i) => rowOf.set(name, i * width));
  // Read in place: a subarray view per feature lookup was a third of the tagging time.
  const addWeights: AddWeights = (feature, scores) => {
    const at = rowOf.get(feature);
    if (at !== undefined) for (let c = 0; c < width; c++) scores[c]! += weights[at + c]!;
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
      for (const feature of wordFeatures(word, view.lowers[i]!, view.shapes[i]!)) addWeights(feature, sum);
      wordSums.set(word, sum);
    }
    for (let c = 0; c < width; c++) scores[c]! += sum[c]!;
  };
  return {
    tag: (words) => greedyTag(words, file.classes, addWeights, gazetteer, addWordWeights),
    places: gazetteer?.places,
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

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;
/** A lower-case word or a clitic ("hit", "'s"): it does not end a name. */
const LOWER_CASE_WORD = /^'?\p{Ll}+$/u;

/**
 * Drops from each entity span its edge tokens that cannot end a name: a token without a
 * letter at either end ('"', "Rudolph \"", "5. Dionne Rose", "P. Simmons 4-38"), a lower-case word or a clitic
 * at the end ("Garrett hit", "Epstein 's"). A span left empty is no entity. A person span
 * right after another joins it: titles belong to the name, as in the GMB guidelines.
 */
export function trimSpans(words: readonly string[], tags: readonly string[]): string[] {
  const out = words.map(() => 'O');
  for (const span of spansFromTags(tags)) {
    let { start, end } = span;
    while (start < end && !HAS_LETTER.test(words[start]!)) start++;
    while (end > start && (!HAS_LETTER.test(words[end - 1]!) || (end - start > 1 && LOWER_CASE_WORD.test(words[end - 1]!)))) end--;
    // A person span right after another person span continues it ("Vice" "President Pence").
    const continues = span.type === 'PER' && start > 0 && out[start - 1]!.endsWith('-PER');
    for (let i = start; i < end; i++) out[i] = `${i === start && !continues ? 'B' : 'I'}-${span.type}`;
  }
  return out;
}

const DATELINE_FOLLOWER = /^(?:[,(\-–—]|--|\d.*)$/;

/**
 * A known place name is a place where its position says so, whatever the tagger called it:
 * alone in parentheses ("Ato Boldon ( Trinidad )", "Springfield ( Illinois )"), where the
 * tagger reads an acronym, the commonest parenthesis in its training news ("( UNHCR )");
 * or in capitals as a dateline opening the sentence ("BERLIN 1996-08-30", "NICE , France",
 * "WASHINGTON ( AP ) -"), where it reads capitals as an acronym.
 */
export function placesByPosition(words: readonly string[], tags: string[], places: NameList): void {
  for (const span of spansFromTags(tags)) {
    if (span.type === 'LOC') continue;
    const name = words.slice(span.start, span.end).join(' ');
    const inParentheses = words[span.start - 1] === '(' && words[span.end] === ')';
    const dateline = span.start === 0 && name === name.toUpperCase() && !name.includes('.') && (span.end === words.length || DATELINE_FOLLOWER.test(words[span.end]!));
    if ((!inParentheses && !dateline) || !places.has(name.toLowerCase())) continue;
    for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? 'B' : 'I'}-LOC`;
  }
}

/**
 * Tags the sentences of one document, then gives a multi-word person's surname to the
 * same word wherever it stands alone: an article names "Ilham Aliyev" once and "Aliyev"
 * after that, and a lone surname has little context of its own, so the tagger may leave
 * it untagged or call it a place. An untagged one next to another entity is left alone.
 */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const tags = sentences.map((words) => trimSpans(words, model.tag(words)));
  if (model.places) sentences.forEach((words, s) => placesByPosition(words, tags[s]!, model.places!));
  const surnames = new Set<string>();
  sentences.forEach((words, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      const last = words[span.end - 1]!;
      if (span.type === 'PER' && span.end - span.start > 1 && CAPITALIZED_WORD.test(last)) surnames.add(last);
    }
  });
  if (surnames.size === 0) return tags;
  sentences.forEach((words, s) => {
    const row = tags[s]!;
    words.forEach((word, i) => {
      if (!surnames.has(word)) return;
      const untagged = row[i] === 'O' && (i === 0 || row[i - 1] === 'O');
      const aloneAsOther = row[i]!.startsWith('B-') && row[i] !== 'B-PER' && !row[i + 1]?.startsWith('I-');
      if (untagged || aloneAsOther) row[i] = 'B-PER';
    });
  });
  return tags;
}
