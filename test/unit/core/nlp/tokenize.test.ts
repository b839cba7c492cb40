import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/nlp/tokenize';

describe('tokenize', () => {
  const text = "Obama's aides don't say U.S. troops cost $3.5 billion (1996-08-30), Mr. J. Smith-Jones said.";
  const tokens = tokenize(text);

  it('splits like the Penn Treebank: clitics apart, abbreviations and numbers whole', () => {
    expect(tokens.map((t) => t.text)).toEqual(['Obama', "'s", 'aides', 'do', "n't", 'say', 'U.S.', 'troops', 'cost', '$', '3.5', 'billion', '(', '1996-08-30', ')', ',', 'Mr.', 'J.', 'Smith-Jones', 'said', '.']);
  });

  it('keeps exact offsets into the text', () => {
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
