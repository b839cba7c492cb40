/**
 * Word clusters for the entity tagger: each of 100,000 common English words belongs to a
 * coarse and a fine cluster of words used alike (k-means over GloVe vectors, built by
 * scripts/build-word-clusters.ts). A word the training text never showed still shares a
 * cluster with words it did ("Leicestershire" with "Hampshire", "Kent"), so the tagger
 * learns from the cluster what it cannot learn from the word.
 */
import { sortedTable } from './sorted-lines';

/** The clusters file's shape. */
export interface WordClustersFile {
  version: 1;
  /** Cluster counts, coarse first: one id per count on each line. */
  granularities: number[];
  /** Sorted lines "word CCFF" (see sorted-lines): lower-case words, then each id in ID_WIDTH characters, coarse first. */
  lines: string;
  source: string;
}

/** Cluster ids of a lower-case word, coarse first, or undefined when the word is not listed. */
export type WordClusters = (lower: string) => readonly string[] | undefined;

/** Characters per cluster id: two digits of ID_DIGITS cover 4,096 clusters. */
export const ID_WIDTH = 2;
const ID_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** A cluster number as stored: fixed-width, so the file needs no separator between ids (build script). */
export function encodeClusterId(id: number): string {
  if (!Number.isInteger(id) || id < 0 || id >= ID_DIGITS.length ** ID_WIDTH) throw new RangeError(`cluster id ${id} does not fit`);
  return ID_DIGITS[Math.floor(id / ID_DIGITS.length)]! + ID_DIGITS[id % ID_DIGITS.length]!;
}

/** Distinct words whose lookups are remembered; past this the memory starts afresh. */
const MEMO_LIMIT = 20_000;

export function loadWordClusters(file: WordClustersFile): WordClusters {
  const table = sortedTable(file.lines);
  // A binary search costs microseconds, and an article repeats most of its words.
  const memo = new Map<string, readonly string[] | undefined>();
  return (lower) => {
    if (memo.has(lower)) return memo.get(lower);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const stored = table.get(lower);
    const ids = stored === undefined ? undefined : Array.from({ length: stored.length / ID_WIDTH }, (_, k) => stored.slice(k * ID_WIDTH, (k + 1) * ID_WIDTH));
    memo.set(lower, ids);
    return ids;
  };
}
