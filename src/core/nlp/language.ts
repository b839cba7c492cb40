/**
 * Whether a text reads as English, the only language Gloss's models were trained on: on
 * an Italian page the tagger would mark "che" and "Gli" as people. Function words decide,
 * counted only in lower case, as they stand inside sentences: "Los Angeles", "De Niro"
 * and "LOS ANGELES 72 61" are names, not Spanish. A text with neither kind (a results
 * table, a list of names) reads as English, so it is still analysed.
 */

/** Frequent English words that are not also frequent words of the languages below. */
const ENGLISH = new Set(
  'the of and that with from this which were their would said been have has had they there these those what when where who its not but by be are his her she than into about after more could should also'.split(' '),
);

/** Frequent words of German, French, Spanish, Italian, Portuguese, Dutch and Indonesian that English does not use. */
const OTHER = new Set(
  (
    'der die und das ist nicht mit den von ein eine auch sich dem auf für wird sind ' +
    'le les et est des une du dans pour qui pas sur au avec ce sont par ' +
    'el los las y que del por una con para es su se lo como ' +
    'il di che della per sono non gli è nel alla ' +
    'o os não do da em um dos das no na ' +
    'het een van en niet voor zijn ook ' +
    'yang dan dengan untuk ini itu dari dalam tidak'
  ).split(' '),
);

/** Other languages' function words must make up this share of the words, and twice the English share. */
const OTHER_SHARE = 0.04;
/** And be at least this many: a short English text may hold one ("at 5 o'clock"). */
const MIN_OTHER_WORDS = 5;

/** A text mostly in another script (Cyrillic, Hangul, Han, Arabic…) is not English. */
const OTHER_SCRIPT_SHARE = 0.5;

/** An article is written in one language: its start is enough to tell which, at any length. */
const SAMPLE = 5000;

export function readsAsEnglish(fullText: string): boolean {
  const text = fullText.slice(0, SAMPLE);
  const letters = text.replace(/\P{L}/gu, '').length;
  const latin = text.replace(/\P{Script=Latin}/gu, '').length;
  if (letters > 0 && 1 - latin / letters > OTHER_SCRIPT_SHARE) return false;
  // Whole words in lower case only: "Los" in "Los Angeles" is a name's.
  const words = text.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER.has(word)) other++;
  }
  const all = text.match(/\p{L}+/gu)?.length ?? 0;
  return !(other >= MIN_OTHER_WORDS && other > OTHER_SHARE * all && other > 2 * english);
}
