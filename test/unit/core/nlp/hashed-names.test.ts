import { describe, expect, it } from 'vitest';
import { hashName } from '../../../../src/core/nlp/feature-keys';
import { hashNames, indexOfName } from '../../../../src/core/nlp/hashed-names';

describe('hashed names', () => {
  const names = ['kent', 'said', 'hampshire', 'são paulo', 'kent'];
  const listed = hashNames(names);

  it('find each listed name at the entry that says which name it was', () => {
    for (const name of ['kent', 'said', 'hampshire', 'são paulo']) expect(names[listed.from[indexOfName(listed, name)]!]).toBe(name);
    expect(listed.hashes.length).toBe(4);
    expect([...listed.hashes]).toEqual([...listed.hashes].sort((a, b) => a - b));
  });

  it('keep the first of a name listed twice', () => {
    expect(listed.from[indexOfName(listed, 'kent')]).toBe(0);
  });

  it('find nothing for a name not listed, even one whose first hash a listed name shares', () => {
    for (const name of ['', 'Kent', 'ken', 'kents', 'sao paulo']) expect(indexOfName(listed, name)).toBe(-1);
    const first = (name: string) => {
      const hashes = new Uint32Array(2);
      hashName(name, hashes);
      return hashes[0];
    };
    expect(first('w673879')).toBe(first('w1180600'));
    const one = hashNames(['w673879']);
    expect(indexOfName(one, 'w673879')).toBe(0);
    expect(indexOfName(one, 'w1180600')).toBe(-1);
  });
});
