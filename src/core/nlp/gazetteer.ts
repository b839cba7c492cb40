/**
 * Name lists for the entity tagger: given names, and places (countries and cities) as
 * token sequences. A token's membership becomes a feature the tagger weighs like any
 * other, so a list entry is evidence, never a verdict: it helps with names the training
 * text never showed ("Leicestershire", "Kosumi" after a known given name).
 */
import type { CountryNames } from '../model/analysis';
import { type NameList, type PrefixList, sortedLines } from './sorted-lines';
import { CAPITALIZED } from './word-case';

/** The list file's shape (written by scripts/build-gazetteer.ts). */
export interface GazetteerFile {
  version: 1;
  /** Lower-case given names as sorted lines (see sorted-lines). */
  givenNames: string;
  /** Lower-case place names, tokens separated by " ", as sorted lines. */
  places: string;
  /** The places that are countries, in the same form. */
  countries: string;
  /** Each of a country's names, lower-case, to its ISO code ("united states", "u.s." -> "US"). */
  countryCodes: Record<string, string>;
  /** Its people's name, lower-case, to the country's ISO code ("american", "south korean"). */
  demonyms: Record<string, string>;
  source: string;
}

export interface Gazetteer {
  givenNames: NameList;
  /** Place names, their tokens joined by " ". */
  places: PrefixList;
  countries: NameList;
}

/** Which country a name or a people's name is, from the lists; a plural people's name too ("Americans"). */
export function loadCountryNames(file: GazetteerFile): CountryNames {
  const countries = new Map(Object.entries(file.countryCodes));
  const peoples = new Map(Object.entries(file.demonyms));
  return {
    countryOf: (name) => countries.get(name),
    peopleOf: (name) => peoples.get(name) ?? (name.endsWith('s') ? peoples.get(name.slice(0, -1)) : undefined),
  };
}

/** Longest place name looked up, in tokens ("Bosnia and Herzegovina", "Rio de Janeiro"). */
export const MAX_PLACE_TOKENS = 4;

export function loadGazetteer(file: GazetteerFile): Gazetteer {
  return { givenNames: sortedLines(file.givenNames), places: sortedLines(file.places), countries: sortedLines(file.countries) };
}

/**
 * The length in tokens of the longest place name starting at token i, or 0. Names of
 * several tokens are looked up only when some name begins with this token and a space:
 * one search instead of three for most capitalised words.
 */
function placeAt(lowers: readonly string[], i: number, places: PrefixList): number {
  const longest = places.hasPrefix(`${lowers[i]} `) ? Math.min(MAX_PLACE_TOKENS, lowers.length - i) : 1;
  for (let n = longest; n > 0; n--) {
    if (places.has(n === 1 ? lowers[i]! : lowers.slice(i, i + n).join(' '))) return n;
  }
  return 0;
}

/**
 * Gazetteer features per token ("" when none): "gaz=given" for a capitalised given name,
 * "gaz=place-b" / "gaz=place-i" for the first / following tokens of the longest place
 * name starting at a capitalised token.
 */
export function gazetteerMarks(words: readonly string[], lowers: readonly string[], gazetteer: Gazetteer): string[] {
  const marks = words.map(() => '');
  for (let i = 0; i < words.length; i++) {
    if (!CAPITALIZED.test(words[i]!)) continue;
    const length = placeAt(lowers, i, gazetteer.places);
    if (length > 0) {
      marks[i] = 'gaz=place-b';
      for (let k = 1; k < length; k++) marks[i + k] = 'gaz=place-i';
      i += length - 1;
    } else if (gazetteer.givenNames.has(lowers[i]!)) marks[i] = 'gaz=given';
  }
  return marks;
}
