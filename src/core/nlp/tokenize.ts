/**
 * Word tokens of raw text with their exact offsets, split the way the NER training data
 * (Penn Treebank style) splits them: "Obama's" -> "Obama" "'s", "don't" -> "do" "n't";
 * "U.S.", "Mr.", "J.", "3.5", ".496" and "1996-08-30" stay whole, and so do names with an
 * apostrophe ("O'Brien"), compounds ("F-16", "56-year-old", "U.S.-led"), web addresses
 * ("Amazon.com"), a rank inside a sentence ("1."), "..." and "--"; other punctuation stands alone. A soft hyphen inside a word
 * ("Vladi\u00ADmir") is part of it.
 */

/** A token and where it lies in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The letters of a word (a soft hyphen inside it is part of it). */
const LETTERS = String.raw`\p{L}[\p{L}\p{M}\d\u00AD]*`;
/** A clitic after an apostrophe ("'s", "'re"; "'S" in a headline). */
const CLITIC = String.raw`['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b`;
/** Letters or digits after a hyphen in a compound ("F-16", "Covid-19", "mid-2008"). */
const COMPOUND_PART = String.raw`[\p{L}\d][\p{L}\p{M}\d\u00AD]*`;
/**
 * A word, with apostrophes inside it ("O'Brien", "d'Ivoire", "Shi'ite") but not before a
 * clitic, joined by hyphens or ampersands, and a web address's ending ("Amazon.com"): as
 * the training text writes them.
 */
const INNER_APOSTROPHE = String.raw`(?:(?!${CLITIC})['’]${LETTERS})*`;
const WORD = String.raw`${LETTERS}${INNER_APOSTROPHE}(?:[-&]${COMPOUND_PART}${INNER_APOSTROPHE})*(?:\.(?:com|org|net|gov|edu|io)\b)?`;

/**
 * Lower-case words joined by a hyphen to a number or an acronym before them ("56-year-old",
 * "U.S.-led"); a capital after the hyphen begins a name of its own ("U.S.-Mexico").
 */
const HYPHENATED = String.raw`(?:-\p{Ll}[\p{L}\p{M}\d\u00AD]*)*`;

const TOKEN_SOURCE = [
  // Initials and dotted abbreviations: "U.S.", "J.R.R.", "a.m.", "e.g.".
  String.raw`(?:\p{L}\.){2,}${HYPHENATED}`,
  String.raw`\p{L}+(?=n['’]t\b)`,
  String.raw`n['’]t\b`,
  CLITIC,
  // A per cent sign stands alone, as GMB writes it ("10 %").
  String.raw`\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|s)?${HYPHENATED}`,
  // A decimal without its zero (a batting average, ".496"), an ellipsis, a double dash.
  String.raw`(?<![\p{L}\p{N}])\.\d+`,
  String.raw`\.{2,}|-{2,}`,
  WORD,
  String.raw`[$€£¥]|\S`,
].join('|');

/**
 * The token pattern, built on first use rather than when the module loads: parsing its
 * Unicode classes took 3.3 ms of every wake-up of the background, which loads this module
 * whatever woke it (opening the popup, saving a note).
 */
let tokenPattern: RegExp | undefined;

/** Words that keep their full stop: titles, company suffixes, months, and initials. */
const KEEPS_PERIOD = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Inc|Corp|Co|Ltd|Bros|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft)$/u;

/**
 * Words that keep their full stop while the sentence goes on: a rank in a list (one to
 * three digits: "1. Finland 2. Norway") and a US state as news abbreviates it ("Cape
 * Canaveral, Fla., on Sunday"). At a sentence's end the stop is the sentence's, as CoNLL
 * writes it.
 */
const KEEPS_PERIOD_INSIDE = /^(?:\d{1,3}|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo)$/;

/** Tokens of one sentence (some full stops are taken as the word's only while the sentence goes on). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const textEnd = text.trimEnd().length;
  for (const match of text.matchAll((tokenPattern ??= new RegExp(TOKEN_SOURCE, 'gu')))) {
    const start = match.index!;
    const previous = tokens.at(-1);
    // Written inline: a closure made per token doubled the time tokenizing takes.
    if (match[0] === '.' && previous && previous.end === start && (KEEPS_PERIOD.test(previous.text) || (KEEPS_PERIOD_INSIDE.test(previous.text) && start + 1 < textEnd))) {
      previous.text += '.';
      previous.end += 1;
      continue;
    }
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}
