import { describe, expect, it } from 'vitest';
import { gazetteerMarks, loadGazetteer, sortedLines } from '../../../../src/core/nlp/gazetteer';
import type { GazetteerFile } from '../../../../src/core/nlp/gazetteer';
import shipped from '../../../../src/core/nlp/models/gazetteer.json';

describe('sortedLines', () => {
  it('finds exactly the lines of a sorted list, first and last included', () => {
    const list = sortedLines(['abu dhabi', 'new york', 'new york city', 'paris', 'rio de janeiro'].join('\n'));
    for (const name of ['abu dhabi', 'new york', 'new york city', 'paris', 'rio de janeiro']) expect(list.has(name)).toBe(true);
    for (const name of ['', 'abu', 'new yor', 'new york c', 'par', 'parisx', 'zurich', 'a']) expect(list.has(name)).toBe(false);
  });

  it('holds for every entry of the shipped lists, which must be sorted for it', () => {
    const file = shipped as GazetteerFile;
    for (const text of [file.places, file.givenNames]) {
      const lines = text.split('\n');
      expect([...lines].sort()).toEqual(lines);
      const list = sortedLines(text);
      expect(lines.every((line) => list.has(line))).toBe(true);
    }
  });
});

describe('gazetteerMarks', () => {
  const gazetteer = loadGazetteer({ version: 1, givenNames: ['maria', 'paris'].join('\n'), places: ['new york', 'paris', 'york'].join('\n'), source: '' });

  it('marks the longest place name at a capitalised token, and given names', () => {
    const words = ['Maria', 'flew', 'to', 'New', 'York', 'and', 'paris', '.'];
    expect(gazetteerMarks(words, words.map((w) => w.toLowerCase()), gazetteer)).toEqual(['gaz=given', '', '', 'gaz=place-b', 'gaz=place-i', '', '', '']);
  });

  it('prefers a place over a given name for the same word', () => {
    expect(gazetteerMarks(['Paris'], ['paris'], gazetteer)).toEqual(['gaz=place-b']);
  });
});
