import { describe, expect, it } from 'vitest';
import shipped from '../../../../src/core/nlp/models/word-clusters.json';
import { nerFeatures, sentenceView, wordFeatures } from '../../../../src/core/nlp/ner-features';
import { KEY_END, LINE_END, sortedText } from '../../../../src/core/nlp/sorted-lines';
import { encodeClusterId, loadWordClusters, type WordClustersFile } from '../../../../src/core/nlp/word-clusters';

describe('word clusters', () => {
  const clusters = loadWordClusters({ version: 1, granularities: [2, 4], lines: sortedText([`hampshire${KEY_END}0103`, `kent${KEY_END}0103`, `said${KEY_END}0000`]), source: '' });

  it('gives a listed word its ids, coarse first, and nothing for an unlisted one', () => {
    expect(clusters('kent')).toEqual(['01', '03']);
    expect(clusters('leicestershire')).toBeUndefined();
  });

  it('become features of the word and of its neighbours, "?" standing for unlisted words and sentence edges', () => {
    const view = sentenceView(['Kent', 'said', 'Zzyzx'], { clusters });
    expect(wordFeatures('Kent', 'kent', 'Xx', view.clusters[0])).toEqual(expect.arrayContaining(['c=01', 'C=03']));
    expect(wordFeatures('Zzyzx', 'zzyzx', 'Xx', view.clusters[2])).toEqual(expect.arrayContaining(['c=?']));
    expect(nerFeatures(view, 1, 'B-ORG', 'O')).toEqual(expect.arrayContaining(['c-1=01', 'c+1=?']));
    expect(nerFeatures(view, 0, '<s>', '<s>')).toEqual(expect.arrayContaining(['c-1=?', 'c+1=00']));
  });

  it('add no features to a tagger that has none', () => {
    const view = sentenceView(['Kent', 'said']);
    const features = nerFeatures(view, 0, '<s>', '<s>');
    expect(features.some((f) => /^(c|C|c-1|c\+1)=/.test(f))).toBe(false);
  });

  it('store ids in two characters each, 4,096 at most', () => {
    expect([0, 63, 64, 1023, 4095].map(encodeClusterId)).toEqual(['00', '0_', '10', 'F_', '__']);
    expect(new Set(Array.from({ length: 4096 }, (_, id) => encodeClusterId(id))).size).toBe(4096);
    expect(() => encodeClusterId(4096)).toThrow(RangeError);
  });

  it('ship sorted, so that every listed word is found', () => {
    const file = shipped as WordClustersFile;
    const lines = file.lines.split(LINE_END);
    expect(lines.length).toBeGreaterThan(50_000);
    const keys = lines.map((line) => line.slice(0, line.indexOf(KEY_END)));
    const lookup = loadWordClusters(file);
    const unfound = keys.filter((key, i) => lookup(key)?.join('') !== lines[i]!.slice(key.length + 1));
    expect(unfound).toEqual([]);
    expect(lines.every((line) => /^\S+ [\w-]{4}$/.test(line))).toBe(true);
  });
});
