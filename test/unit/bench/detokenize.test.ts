import { describe, expect, it } from 'vitest';
import { detokenize, tokenizerAgreement } from '../../../bench/lib/detokenize';

describe('detokenize', () => {
  it('writes tokens out as running text', () => {
    expect(detokenize(['Obama', "'s", 'aides', 'do', "n't", 'say', '(', 'in', 'London', ')', 'it', 'cost', '$', '3.5', 'billion', '.'])).toBe(
      "Obama's aides don't say (in London) it cost $3.5 billion.",
    );
  });
});

describe('tokenizerAgreement', () => {
  it('is the share of sentences a tokenizer splits back exactly', () => {
    const sentences = [{ tokens: ['U.S.', 'troops', 'left', '.'] }, { tokens: ['Obama', "'s", 'aides'] }];
    const naive = (text: string) => text.match(/[\p{L}\p{N}]+|\S/gu) ?? [];
    expect(tokenizerAgreement(sentences, naive)).toBe(0);
    const rightOnFirst = (text: string) => (text === 'U.S. troops left.' ? ['U.S.', 'troops', 'left', '.'] : naive(text));
    expect(tokenizerAgreement(sentences, rightOnFirst)).toBe(0.5);
    expect(tokenizerAgreement([], naive)).toBe(0);
  });
});
