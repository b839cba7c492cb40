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

  // Each pair: a name and the code it must have (a lookup that found nothing would be undefined on both sides).
  const expectCodes = (lookup: (name: string) => string | undefined, pairs: Record<string, string>) => {
    for (const [name, code] of Object.entries(pairs)) expect([name, lookup(name)]).toEqual([name, code]);
  };

  it("names each country's people, however the name is formed, by the country's code", () => {
    expectCodes(countries.countryOf, { 'united states': 'US', 'u.s.': 'US', 'the netherlands': 'NL', 'united kingdom': 'GB', switzerland: 'CH', 'south korea': 'KR' });
    expectCodes(countries.peopleOf, { american: 'US', americans: 'US', dutch: 'NL', british: 'GB', swiss: 'CH', 'south korean': 'KR' });
  });

  it('knows the names news gives countries that the ISO list words otherwise', () => {
    expectCodes(countries.countryOf, { syria: 'SY', 'syrian arab republic': 'SY', burma: 'MM', myanmar: 'MM', britain: 'GB', 'u.k.': 'GB' });
    expectCodes(countries.peopleOf, { syrian: 'SY' });
  });

  it('knows no people by the name of a place, a word or a mislabelled entry', () => {
    expect(countries.peopleOf('cayman islands')).toBeUndefined();
    expect(countries.peopleOf('the')).toBeUndefined();
    expect(countries.peopleOf('welsh')).toBeUndefined(); // the list gives it to Wallis and Futuna
    expect(countries.countryOf('american')).toBeUndefined();
  });
});
