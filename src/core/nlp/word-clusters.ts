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
  /** Sorted lines "word\tcoarse,fine", lower-case words. */
  lines: string;
  source: string;
}

/** Cluster ids of a lower-case word, coarse first, or undefined when the word is not listed. */
export type WordClusters = (lower: string) => readonly string[] | undefined;

/** Distinct words whose lookups are remembered; past this the memory starts afresh. */
const MEMO_LIMIT = 20_000;

export function loadWordClusters(file: WordClustersFile): WordClusters {
  const table = sortedTable(file.lines);
  // A binary search costs microseconds, and an article repeats most of its words.
  const memo = new Map<string, readonly string[] | undefined>();
  return (lower) => {
    if (memo.has(lower)) return memo.get(lower);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const ids = table.get(lower)?.split(',');
    memo.set(lower, ids);
    return ids;
  };
}
