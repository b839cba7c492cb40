import { describe, expect, it } from 'vitest';
import { nerFeatures, sentenceView, wordFeatures } from '../../../../src/core/nlp/ner-features';
import { shippedModelFiles } from '../../../../bench/lib/shipped-models';
import { packModel } from '../../../../src/core/nlp/model-pack';
import { encodeClusterId, encodeWordClusters, loadWordClusters, unpackWordClusters } from '../../../../src/core/nlp/word-clusters';

/** Clusters as build:clusters writes them, read back: words most frequent first, each with its coarse and fine id. */
const clustersOf = (words: [string, [number, number]][]) => loadWordClusters(unpackWordClusters(packModel(encodeWordClusters(words, [2, 4], 'tests'))));

describe('word clusters', () => {
  const clusters = clustersOf([
    ['said', [1, 3]],
    ['kent', [0, 1]],
    ['hampshire', [0, 1]],
  ]);

  it('gives a listed word its ids, coarse first, and nothing for an unlisted one', () => {
    expect(clusters('kent')).toEqual(['00', '01']);
    expect(clusters('said')).toEqual(['01', '03']);
    expect(clusters('leicestershire')).toBeUndefined();
    expect(clusters('')).toBeUndefined();
  });

  it('keep the more frequent of a word listed twice', () => {
    expect(
      clustersOf([
        ['kent', [0, 1]],
        ['kent', [1, 3]],
      ])('kent'),
    ).toEqual(['00', '01']);
  });

  it('become features of the word and of its neighbours, "?" standing for unlisted words and sentence edges', () => {
    const view = sentenceView(['Kent', 'said', 'Zzyzx'], { clusters });
    expect(wordFeatures('Kent', 'kent', 'Xx', view.clusters[0])).toEqual(expect.arrayContaining(['c=00', 'C=01']));
    expect(wordFeatures('Zzyzx', 'zzyzx', 'Xx', view.clusters[2])).toEqual(expect.arrayContaining(['c=?']));
    expect(nerFeatures(view, 1, 'B-ORG', 'O')).toEqual(expect.arrayContaining(['c-1=00', 'c+1=?']));
    expect(nerFeatures(view, 0, '<s>', '<s>')).toEqual(expect.arrayContaining(['c-1=?', 'c+1=01']));
  });

  it('add no features to a tagger that has none', () => {
    const view = sentenceView(['Kent', 'said']);
    const features = nerFeatures(view, 0, '<s>', '<s>');
    expect(features.some((f) => /^(c|C|c-1|c\+1)=/.test(f))).toBe(false);
  });

  it('write ids in two characters each, 4,096 at most', () => {
    expect([0, 63, 64, 1023, 4095].map(encodeClusterId)).toEqual(['00', '0_', '10', 'F_', '__']);
    expect(new Set(Array.from({ length: 4096 }, (_, id) => encodeClusterId(id))).size).toBe(4096);
    expect(() => encodeClusterId(4096)).toThrow(RangeError);
  });

  it('ship sorted by hash and check, one word for each, so that every listed word is found', () => {
    const { hashes, checks, ids, granularities } = shippedModelFiles().clusters;
    expect(hashes.length).toBeGreaterThan(99_000);
    expect(hashes.every((hash, i) => i === 0 || hash > hashes[i - 1]! || (hash === hashes[i - 1] && checks[i]! > checks[i - 1]!))).toBe(true);
    expect(checks.length).toBe(hashes.length);
    expect(ids.length).toBe(hashes.length * granularities.length);
    expect(ids.every((id, i) => id < granularities[i % granularities.length]!)).toBe(true);
    const shipped = loadWordClusters(shippedModelFiles().clusters);
    for (const word of ['the', 'said', 'london', 'hampshire', 'leicestershire', 'kent']) expect(shipped(word)).toHaveLength(2);
    // Words used alike share a cluster: what the tagger learns of one, it knows of the other.
    expect(shipped('leicestershire')![1]).toBe(shipped('hampshire')![1]);
  });
});
