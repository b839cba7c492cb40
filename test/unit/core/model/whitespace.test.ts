import { describe, expect, it } from 'vitest';
import { squashedLength, squashWhitespace } from '../../../../src/core/model/whitespace';

/** Every UTF-16 unit that \s matches. */
const WHITESPACE = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((unit) => /\s/.test(unit));

describe('squashedLength', () => {
  it('rests on trim() taking exactly the units that \\s matches', () => {
    expect(WHITESPACE.length).toBeGreaterThan(20);
    const trimmed = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((unit) => unit.trim() === '');
    expect(trimmed).toEqual(WHITESPACE);
  });

  it('is the length of the squashed text, for texts with and without whitespace to squash', () => {
    const texts = ['', 'Home', 'World news', 'a\tb', '\n  Home\n', 'two  spaces', 'end ', ' start', 'U.S.\u00a0Politics', '\u200b'];
    for (const space of WHITESPACE) texts.push(`${space}x`, `x${space}`, `a${space}b`, `a${space}${space}b`, space);
    for (const text of texts) expect(squashedLength(text), JSON.stringify(text)).toBe(squashWhitespace(text).length);
  });
});
