/**
 * Word clusters for the entity tagger: each of 100,000 common English words belongs to a
 * coarse and a fine cluster of words used alike (k-means over GloVe vectors, built by
 * scripts/build-word-clusters.ts). A word the training text never showed still shares a
 * cluster with words it did ("Leicestershire" with "Hampshire", "Kent"), so the tagger
 * learns from the cluster what it cannot learn from the word.
 */
import { type HashedNames, hashNames, indexOfName } from './hashed-names';
import { unpackModelFile } from './model-pack';

/**
 * The clusters file's content: the words as hashed names. An unlisted word passes for a
 * listed one once in about 10 million lookups; with the first hash alone it had been once
 * in 40,000, which changed one word of the 35,000 in the NER data sets, and the tagger
 * trained on them.
 */
export interface WordClustersFile extends HashedNames {
  version: 2;
  /** Cluster counts, coarse first: each word has one id per count. */
  granularities: number[];
  /** The ids of the word at hashes[i], coarse first, at i * granularities.length. */
  ids: Uint16Array;
  source: string;
}

/** Cluster ids of a lower-case word, coarse first, or undefined when the word is not listed. */
export type WordClusters = (lower: string) => readonly string[] | undefined;

/** Characters per cluster id in feature names: two digits of ID_DIGITS cover 4,096 clusters. */
const ID_WIDTH = 2;
const ID_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** A cluster number as feature names write it ("c=1E"): fixed-width, as the clusters file once stored it. */
export function encodeClusterId(id: number): string {
  if (!Number.isInteger(id) || id < 0 || id >= ID_DIGITS.length ** ID_WIDTH) throw new RangeError(`cluster id ${id} does not fit`);
  return ID_DIGITS[Math.floor(id / ID_DIGITS.length)]! + ID_DIGITS[id % ID_DIGITS.length]!;
}

/**
 * The clusters file for words (most frequent first) and their ids (coarse first; build
 * script). Of two words with the same hash and check, the more frequent is kept.
 */
export function encodeWordClusters(words: readonly (readonly [word: string, ids: readonly number[]])[], granularities: number[], source: string): WordClustersFile {
  const { hashes, checks, from } = hashNames(words.map(([word]) => word));
  return { version: 2, granularities, hashes, checks, ids: Uint16Array.from(from.flatMap((i) => words[i]![1])), source };
}

export function unpackWordClusters(bytes: ArrayBuffer | Uint8Array): WordClustersFile {
  return unpackModelFile<WordClustersFile>(bytes, 2, { hashes: Uint32Array, checks: Uint8Array, ids: Uint16Array });
}

/** Distinct words whose lookups are remembered; past this the memory starts afresh. */
const MEMO_LIMIT = 20_000;

export function loadWordClusters(file: WordClustersFile): WordClusters {
  const width = file.granularities.length;
  const find = (lower: string): readonly string[] | undefined => {
    const at = indexOfName(file, lower);
    return at < 0 ? undefined : Array.from(file.ids.subarray(at * width, (at + 1) * width), encodeClusterId);
  };
  // An article repeats most of its words.
  const memo = new Map<string, readonly string[] | undefined>();
  return (lower) => {
    if (memo.has(lower)) return memo.get(lower);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = find(lower);
    memo.set(lower, found);
    return found;
  };
}
