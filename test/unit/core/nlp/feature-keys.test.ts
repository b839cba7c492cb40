import { describe, expect, it } from 'vitest';
import { decodeFeatureKeys, encodeFeatureKeys, hashName } from '../../../../src/core/nlp/feature-keys';

describe('feature keys', () => {
  const names = ['b', 'w=obama', 'W=Obama', 's=Xx', 'w-1w=the|u.n.', 't-1=B-PER', 'b:<num> percent', 'é', '', 'x'.repeat(300)];

  it('find every stored name at the row it had, and no other name', () => {
    const { keys, order } = encodeFeatureKeys(names);
    const stored = decodeFeatureKeys(keys);
    // Row i of the file holds the name that was at order[i].
    for (const [row, original] of order.entries()) expect(stored.rowOf(names[original]!)).toBe(row);
    for (const absent of ['w=obama ', 'W=obama', 'w-1w=the|u.n', 'B', 'x'.repeat(299)]) expect(stored.rowOf(absent)).toBe(-1);
    expect(new Set(order).size).toBe(names.length);
  });

  it('hash the same way every time, and tell names apart by both hashes', () => {
    const [a, b] = [new Uint32Array(2), new Uint32Array(2)];
    hashName('w=obama', a);
    hashName('w=obama', b);
    expect([...a]).toEqual([...b]);
    hashName('w=obamb', b);
    expect(a[0]).not.toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
  });

  it('find a name from its pieces as from the name they join into', () => {
    const stored = decodeFeatureKeys(encodeFeatureKeys(names).keys);
    expect(stored.rowOfPieces('w-1w=', 'the', '|', 'u.n.')).toBe(stored.rowOf('w-1w=the|u.n.'));
    expect(stored.rowOfPieces('t-1=', 'B-PER')).toBe(stored.rowOf('t-1=B-PER'));
    expect(stored.rowOfPieces('', 'é', '', '', '', '')).toBe(stored.rowOf('é'));
    expect(stored.rowOfPieces('b')).toBe(stored.rowOf('b'));
    expect(stored.rowOfPieces('x'.repeat(150), 'x'.repeat(150))).toBe(stored.rowOf('x'.repeat(300)));
    expect(stored.rowOf('b')).toBeGreaterThanOrEqual(0);
    // The same characters split otherwise are the same name; different ones are not.
    expect(stored.rowOfPieces('w-1w=th', 'e|u', '.n.')).toBe(stored.rowOf('w-1w=the|u.n.'));
    expect(stored.rowOfPieces('w-1w=', 'the', '|', 'u.n')).toBe(-1);
  });

  it('refuse names that share both hashes (here, a name stored twice)', () => {
    expect(() => encodeFeatureKeys(['w=a', 'w=b', 'w=a'])).toThrow(/share both hashes/);
  });

  it('keep a large table searchable: 20,000 names, each found', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `w=${i.toString(36)}`);
    const { keys, order } = encodeFeatureKeys(many);
    const stored = decodeFeatureKeys(keys);
    expect(order.every((original, row) => stored.rowOf(many[original]!) === row)).toBe(true);
    expect(stored.rowOf('w=absent-name')).toBe(-1);
  });
});
