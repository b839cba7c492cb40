import { describe, expect, it } from 'vitest';
import shipped from '../../../../src/core/nlp/models/word-clusters.json';
import { nerFeatures, sentenceView, wordFeatures } from '../../../../src/core/nlp/ner-features';
import { loadWordClusters, type WordClustersFile } from '../../../../src/core/nlp/word-clusters';

describe('word clusters', () => {
  const clusters = loadWordClusters({ version: 1, granularities: [2, 4], lines: ['hampshire\t1,3', 'kent\t1,3', 'said\t0,0'].join('\n'), source: '' });

  it('gives a listed word its ids, coarse first, and nothing for an unlisted one', () => {
    expect(clusters('kent')).toEqual(['1', '3']);
    expect(clusters('leicestershire')).toBeUndefined();
  });

  it('become features of the word and of its neighbours, "?" standing for unlisted words and sentence edges', () => {
    const view = sentenceView(['Kent', 'said', 'Zzyzx'], { clusters });
    expect(wordFeatures('Kent', 'kent', 'Xx', view.clusters[0])).toEqual(expect.arrayContaining(['c=1', 'C=3']));
    expect(wordFeatures('Zzyzx', 'zzyzx', 'Xx', view.clusters[2])).toEqual(expect.arrayContaining(['c=?']));
    expect(nerFeatures(view, 1, 'B-ORG', 'O')).toEqual(expect.arrayContaining(['c-1=1', 'c+1=?']));
    expect(nerFeatures(view, 0, '<s>', '<s>')).toEqual(expect.arrayContaining(['c-1=?', 'c+1=0']));
  });

  it('add no features to a tagger that has none', () => {
    const view = sentenceView(['Kent', 'said']);
    const features = nerFeatures(view, 0, '<s>', '<s>');
    expect(features.some((f) => /^(c|C|c-1|c\+1)=/.test(f))).toBe(false);
  });

  it('ship sorted, so that every listed word is found', () => {
    const file = shipped as WordClustersFile;
    const lines = file.lines.split('\n');
    expect(lines.length).toBeGreaterThan(50_000);
    const keys = lines.map((line) => line.slice(0, line.indexOf('\t')));
    const lookup = loadWordClusters(file);
    const unfound = keys.filter((key, i) => lookup(key)?.join(',') !== lines[i]!.slice(key.length + 1));
    expect(unfound).toEqual([]);
    expect(lines.every((line) => /^[^\t]+\t\d+,\d+$/.test(line))).toBe(true);
  });
});
