/**
 * Name lists for the entity tagger: given names, and places (countries and cities) as
 * token sequences. A token's membership becomes a feature the tagger weighs like any
 * other, so a list entry is evidence, never a verdict: it helps with names the training
 * text never showed ("Leicestershire", "Kosumi" after a known given name).
 */
import type { CountryNames } from '../model/analysis';
import { type HashedNames, hashNames, indexOfName } from './hashed-names';
import { unpackModelFile } from './model-pack';
import { CAPITALIZED } from './word-case';

/** A membership test over a list of lower-case names. */
export interface NameList {
  has(name: string): boolean;
}

/** Place names, which may be of several tokens. */
export interface PlaceList extends NameList {
  /** True when a listed name of two tokens or more begins with this one ("new" for "new york"). */
  beginsLongerName(token: string): boolean;
}

/** The lists as the build script gathers them: lower-case names, a place's tokens separated by " ". */
export interface NameLists {
  givenNames: readonly string[];
  places: readonly string[];
  /** The places that are countries. */
  countries: readonly string[];
}

/**
 * The lists file's content (written by scripts/build-gazetteer.ts): every list's names in
 * one hashed list (hashed-names), each under its list's prefix ("given:maria",
 * "place:new york", "place-start:new", "country:france").
 */
export interface GazetteerFile extends HashedNames {
  version: 2;
  /** Each of a country's names, lower-case, to its ISO code ("united states", "u.s." -> "US"). */
  countryCodes: Record<string, string>;
  /** Its people's name, lower-case, to the country's ISO code ("american", "south korean"). */
  demonyms: Record<string, string>;
  source: string;
}

export interface Gazetteer {
  givenNames: NameList;
  /** Place names, their tokens joined by " ". */
  places: PlaceList;
  countries: NameList;
}

/** The lists file for the lists and the country and people names (build script). */
export function encodeGazetteer(lists: NameLists, countryCodes: Record<string, string>, demonyms: Record<string, string>, source: string): GazetteerFile {
  const placeStarts = new Set(lists.places.filter((place) => place.includes(' ')).map((place) => place.slice(0, place.indexOf(' '))));
  const { hashes, checks } = hashNames([
    ...lists.givenNames.map((name) => `given:${name}`),
    ...lists.places.map((name) => `place:${name}`),
    ...[...placeStarts].map((token) => `place-start:${token}`),
    ...lists.countries.map((name) => `country:${name}`),
  ]);
  return { version: 2, hashes, checks, countryCodes, demonyms, source };
}

export function unpackGazetteer(bytes: ArrayBuffer | Uint8Array): GazetteerFile {
  return unpackModelFile<GazetteerFile>(bytes, 2, { hashes: Uint32Array, checks: Uint8Array });
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
  const listed = (prefix: string): NameList => ({ has: (name) => indexOfName(file, prefix + name) >= 0 });
  const places = listed('place:');
  return {
    givenNames: listed('given:'),
    places: { has: places.has, beginsLongerName: (token) => indexOfName(file, `place-start:${token}`) >= 0 },
    countries: listed('country:'),
  };
}

/**
 * The length in tokens of the longest place name starting at token i, or 0. Names of
 * several tokens are looked up only when some name begins with this token and a space:
 * one search instead of three for most capitalised words.
 */
function placeAt(lowers: readonly string[], i: number, places: PlaceList): number {
  const longest = places.beginsLongerName(lowers[i]!) ? Math.min(MAX_PLACE_TOKENS, lowers.length - i) : 1;
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
