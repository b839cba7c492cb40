import { describe, expect, it } from 'vitest';
import type { GazetteerFile } from '../../../../src/core/nlp/gazetteer';
import shipped from '../../../../src/core/nlp/models/gazetteer.json';
import { LINE_END, sortedLines, sortedText } from '../../../../src/core/nlp/sorted-lines';

describe('sortedText', () => {
  it('sorts the entries and leaves out those that would break a line or hold quotes, backslashes or control characters', () => {
    expect(sortedText(['paris', 'a|b', 'abu dhabi', 'say "hi"', 'tab\there', 'back`tick', 'new york'])).toBe(['abu dhabi', 'new york', 'paris'].join(LINE_END));
  });
});

describe('sortedLines', () => {
  it('finds exactly the lines of a sorted list, first and last included', () => {
    const list = sortedLines(sortedText(['rio de janeiro', 'abu dhabi', 'new york city', 'new york', 'paris']));
    for (const name of ['abu dhabi', 'new york', 'new york city', 'paris', 'rio de janeiro']) expect(list.has(name)).toBe(true);
    for (const name of ['', 'abu', 'new yor', 'new york c', 'par', 'parisx', 'zurich', 'a']) expect(list.has(name)).toBe(false);
  });

  it('holds for every entry of the shipped lists, which must be sorted for it', () => {
    const file = shipped as GazetteerFile;
    for (const text of [file.places, file.givenNames, file.countries]) {
      const lines = text.split(LINE_END);
      expect([...lines].sort()).toEqual(lines);
      const list = sortedLines(text);
      expect(lines.every((line) => list.has(line))).toBe(true);
    }
  });
});

describe('sortedLines.hasPrefix', () => {
  const list = sortedLines(sortedText(['abu dhabi', 'new york', 'new york city', 'newark', 'paris']));

  it('tells whether any line begins with the prefix, first and last lines included', () => {
    for (const prefix of ['', 'a', 'abu ', 'new ', 'new york ', 'newa', 'paris', 'p']) expect(list.hasPrefix(prefix)).toBe(true);
    for (const prefix of ['abu  ', 'new yorkx', 'newark ', 'paris ', 'q', 'zurich', 'b']) expect(list.hasPrefix(prefix)).toBe(false);
  });
});
