import { describe, expect, it } from 'vitest';
import { shippedModelFiles } from '../../../../bench/lib/shipped-models';
import { encodeGazetteer, gazetteerMarks, loadCountryNames, loadGazetteer, unpackGazetteer } from '../../../../src/core/nlp/gazetteer';
import { packModel } from '../../../../src/core/nlp/model-pack';

describe('the name lists', () => {
  const lists = { givenNames: ['maria', 'paris'], places: ['new york', 'paris', 'york', 'rio de janeiro'], countries: ['france'] };
  const gazetteer = loadGazetteer(unpackGazetteer(packModel(encodeGazetteer(lists, { france: 'FR' }, { french: 'FR' }, 'tests'))));

  it('hold exactly their own names, each list apart', () => {
    expect(['maria', 'paris'].map((name) => gazetteer.givenNames.has(name))).toEqual([true, true]);
    expect(['new york', 'york', 'rio de janeiro', 'paris'].map((name) => gazetteer.places.has(name))).toEqual([true, true, true, true]);
    expect(gazetteer.countries.has('france')).toBe(true);
    for (const name of ['new', 'new york city', 'rio', 'maria', 'france', '']) expect(gazetteer.places.has(name)).toBe(false);
    for (const name of ['york', 'new york', 'mari']) expect(gazetteer.givenNames.has(name)).toBe(false);
    expect(gazetteer.countries.has('paris')).toBe(false);
  });

  it('tell which tokens begin a longer place name', () => {
    expect(['new', 'rio', 'york', 'paris', 'de'].map((token) => gazetteer.places.beginsLongerName(token))).toEqual([true, true, false, false, false]);
  });

  it('ship with the names the tagger was trained with', () => {
    const shipped = loadGazetteer(shippedModelFiles().gazetteer);
    expect(['london', 'new delhi', 'kabul', 'leicester'].every((name) => shipped.places.has(name))).toBe(true);
    expect(['helen', 'john', 'maria'].every((name) => shipped.givenNames.has(name))).toBe(true);
    expect(shipped.countries.has('france') && !shipped.countries.has('paris')).toBe(true);
    expect(shipped.places.beginsLongerName('new')).toBe(true);
  });
});

describe('gazetteerMarks', () => {
  const gazetteer = loadGazetteer(encodeGazetteer({ givenNames: ['maria', 'paris'], places: ['new york', 'paris', 'york'], countries: [] }, {}, {}, 'tests'));

  it('marks the longest place name at a capitalised token, and given names', () => {
    const words = ['Maria', 'flew', 'to', 'New', 'York', 'and', 'paris', '.'];
    expect(gazetteerMarks(words, words.map((w) => w.toLowerCase()), gazetteer)).toEqual(['gaz=given', '', '', 'gaz=place-b', 'gaz=place-i', '', '', '']);
  });

  it('prefers a place over a given name for the same word', () => {
    expect(gazetteerMarks(['Paris'], ['paris'], gazetteer)).toEqual(['gaz=place-b']);
  });
});

describe('loadCountryNames', () => {
  const countries = loadCountryNames(shippedModelFiles().gazetteer);

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
