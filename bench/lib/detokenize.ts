/**
 * A tokenised sentence written out as running text, the way a page would show it: tokens
 * joined by spaces, except before closing punctuation and clitics ("Obama 's" is
 * "Obama's") and after opening brackets and currency signs. Lets bench:ner check that
 * Gloss's tokenizer splits page text as the benchmark sets were split.
 */
const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'re|'ve|'ll|'d|'m|n't|'S)$/;
const NO_SPACE_AFTER = /^[([{$€£]$/;

export function detokenize(tokens: readonly string[]): string {
  let text = '';
  tokens.forEach((token, i) => {
    if (i > 0 && !NO_SPACE_BEFORE.test(token) && !NO_SPACE_AFTER.test(tokens[i - 1]!)) text += ' ';
    text += token;
  });
  return text;
}

/** Share of sentences whose text, tokenised by `tokenize`, gives back exactly the set's tokens. */
export function tokenizerAgreement(sentences: readonly { tokens: readonly string[] }[], tokenize: (text: string) => string[]): number {
  if (sentences.length === 0) return 0;
  const same = sentences.filter((s) => tokenize(detokenize(s.tokens)).join('\u0001') === s.tokens.join('\u0001')).length;
  return same / sentences.length;
}
