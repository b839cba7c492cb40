import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/core/group-by';

describe('groupBy', () => {
  it('keeps groups in the order of their first item, and items in theirs', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]!);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('gives no group for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
