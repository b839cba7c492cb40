import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '../../../bench/lib/extraction-metric';

describe('the article-extraction metric', () => {
  it('tokenises on Unicode letters, numbers and underscore, case-sensitively', () => {
    expect(tokenize("Don't stop—Zürich's 2nd_place!")).toEqual(['Don', 't', 'stop', 'Zürich', 's', '2nd_place']);
  });

  it('makes 4-token shingles as a multiset, one short shingle for 1-3 tokens, none for none', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']).values()]).toEqual([2, 1, 1, 1]);
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });

  it('scores an exact extraction 1 and marks it exact', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toMatchObject({ precision: 1, recall: 1, exact: true });
  });

  it('normalises counts per page and computes precision and recall', () => {
    // truth: 5 shingles; prediction adds "six": 6 shingles, 5 shared
    const score = scorePage('a b c d e f g h', 'a b c d e f g h i');
    expect(score.tp + score.fp + score.fn).toBeCloseTo(1);
    expect(score.precision).toBeCloseTo(5 / 6);
    expect(score.recall).toBe(1);
    expect(score.exact).toBe(false);
  });

  it('gives an empty prediction precision 0 and skips it in corpus precision', () => {
    const empty = scorePage('a b c d e', '');
    expect(empty).toMatchObject({ precision: 0, recall: 0 });
    const corpus = scoreCorpus([empty, scorePage('a b c d e', 'a b c d e')]);
    expect(corpus.precision).toBe(1);
    expect(corpus.recall).toBe(0.5);
    expect(corpus.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(corpus.accuracy).toBe(0.5);
  });

  it('takes F1 of the mean precision and recall, not the mean of page F1s', () => {
    const pages = [scorePage('a b c d e', 'a b c d e x y z w'), scorePage('a b c d e f g h', 'a b c d')];
    const corpus = scoreCorpus(pages);
    const meanP = (pages[0]!.precision + pages[1]!.precision) / 2;
    const meanR = (pages[0]!.recall + pages[1]!.recall) / 2;
    expect(corpus.f1).toBeCloseTo((2 * meanP * meanR) / (meanP + meanR));
  });
});
