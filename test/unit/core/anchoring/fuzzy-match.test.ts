import { describe, expect, it } from 'vitest';
import { bestAlignment, findApproximate } from '../../../../src/core/anchoring/fuzzy-match';

describe('bestAlignment', () => {
  it('finds the substring of the region closest to the quote', () => {
    expect(bestAlignment('protect homes', 'xx protect h0mes yy')).toEqual({ distance: 1, start: 3, end: 16 });
    expect(bestAlignment('abc', 'zzz').distance).toBe(3);
  });
});

describe('findApproximate', () => {
  const text = 'The barrier would protect more than 12,000 homes in the eastern districts, the mayor said.';
  it('finds an edited quote within the edit budget', () => {
    const hits = findApproximate(text, 'protect more than 12.000 homes', 3);
    expect(hits[0]).toMatchObject({ distance: 1 });
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('protect more than 12,000 homes');
  });

  it('finds nothing beyond the budget', () => {
    expect(findApproximate(text, 'shelter fewer than 9,000 houses', 3)).toEqual([]);
  });
});
