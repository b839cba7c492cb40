/** What the entity tagger and its rules read off a word's letters, written once. */

/** The word has a letter: names begin and end with one (not "5.", "4-38", '"'). */
export const HAS_LETTER = /\p{L}/u;

/** The word begins with a capital ("Obama", "NATO"). */
export const CAPITALIZED = /^\p{Lu}/u;

/** The word is written as a name is: a capital, then a small letter ("Obama", not "NATO"). */
export const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** An article alone, which the tagger sometimes splits off a name ("The" "Carlyle Group"): no name. */
export const ARTICLE_WORD = /^(?:the|a|an)$/i;

/** The word begins with a small letter ("said", "miles", "bin"). */
export const LOWER_CASE_START = /^\p{Ll}/u;

/** The word has a capital somewhere: English writes every name with one ("eBay" too; "mid-1990s" is none). */
export const HAS_CAPITAL = /\p{Lu}/u;

/** A word in small letters only, or a clitic ("hit", "'s"; "de", "bin" in a name): no name ends on one. */
export const LOWER_CASE_WORD = /^'?\p{Ll}+$/u;
