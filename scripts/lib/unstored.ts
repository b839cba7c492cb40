/**
 * What the first, text form of the model files could not hold: a bar, quote, backquote,
 * backslash or control character. Words and names holding one are left out still, so that
 * the name lists and word clusters, and the tagger trained with them, stay as they are.
 */
export const UNSTORED = /[|"`\\\p{Cc}]/u;
