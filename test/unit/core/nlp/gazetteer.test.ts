import { describe, expect, it } from 'vitest';
import { type GazetteerFile, gazetteerMarks, loadCountryNames, loadGazetteer } from '../../../../src/core/nlp/gazetteer';
import shipped from '../../../../src/core/nlp/models/gazetteer.json';
import { sortedText } from '../../../../src/core/nlp/sorted-lines';

describe('gazetteerMarks', () => {
  const gazetteer = loadGazetteer({ version: 1, givenNames: sortedText(['maria', 'paris']), places: sortedText(['new york', 'paris', 'york']), countries: '', countryCodes: {}, demonyms: {}, source: '' });

  it('marks the longest place name at a capitalised token, and given names', () => {
    const words = ['Maria', 'flew', 'to', 'New', 'York', 'and', 'paris', '.'];
    expect(gazetteerMarks(words, words.map((w) => w.toLowerCase()), gazetteer)).toEqual(['gaz=given', '', '', 'gaz=place-b', 'gaz=place-i', '', '', '']);
  });

  it('prefers a place over a given name for the same word', () => {
    expect(gazetteerMarks(['Paris'], ['paris'], gazetteer)).toEqual(['gaz=place-b']);
  });
});

describe('loadCountryNames', () => {
  const countries = loadCountryNames(shipped as GazetteerFile);

  it("names each country's people, however the name is formed, by the country's code", () => {
    expect(countries.peopleOf('american')).toBe(countries.countryOf('united states'));
    expect(countries.countryOf('u.s.')).toBe('US');
    expect(countries.peopleOf('americans')).toBe('US');
    expect(countries.peopleOf('dutch')).toBe(countries.countryOf('the netherlands'));
    expect(countries.peopleOf('british')).toBe(countries.countryOf('united kingdom'));
    expect(countries.peopleOf('swiss')).toBe(countries.countryOf('switzerland'));
    expect(countries.peopleOf('south korean')).toBe(countries.countryOf('south korea'));
  });

  it('knows the names news gives countries that the ISO list words otherwise', () => {
    expect(countries.countryOf('syria')).toBe(countries.countryOf('syrian arab republic'));
    expect(countries.peopleOf('syrian')).toBe(countries.countryOf('syria'));
    expect(countries.countryOf('burma')).toBe(countries.countryOf('myanmar'));
    expect(countries.countryOf('britain')).toBe(countries.countryOf('united kingdom'));
    expect(countries.countryOf('u.k.')).toBe('GB');
  });

  it('knows no people by the name of a place, a word or a mislabelled entry', () => {
    expect(countries.peopleOf('cayman islands')).toBeUndefined();
    expect(countries.peopleOf('the')).toBeUndefined();
    expect(countries.peopleOf('welsh')).toBeUndefined(); // the list gives it to Wallis and Futuna
    expect(countries.countryOf('american')).toBeUndefined();
  });
});
