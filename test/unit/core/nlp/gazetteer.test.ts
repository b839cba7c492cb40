import { describe, expect, it } from 'vitest';
import { gazetteerMarks, loadGazetteer } from '../../../../src/core/nlp/gazetteer';
import { sortedText } from '../../../../src/core/nlp/sorted-lines';

describe('gazetteerMarks', () => {
  const gazetteer = loadGazetteer({ version: 1, givenNames: sortedText(['maria', 'paris']), places: sortedText(['new york', 'paris', 'york']), countries: '', source: '' });

  it('marks the longest place name at a capitalised token, and given names', () => {
    const words = ['Maria', 'flew', 'to', 'New', 'York', 'and', 'paris', '.'];
    expect(gazetteerMarks(words, words.map((w) => w.toLowerCase()), gazetteer)).toEqual(['gaz=given', '', '', 'gaz=place-b', 'gaz=place-i', '', '', '']);
  });

  it('prefers a place over a given name for the same word', () => {
    expect(gazetteerMarks(['Paris'], ['paris'], gazetteer)).toEqual(['gaz=place-b']);
  });
});
