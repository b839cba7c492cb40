import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/nlp/sentences';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits on sentence punctuation followed by a capital', () => {
    expect(sentencesOf('The vote passed. Critics objected! Was it fair? Nobody knows.')).toEqual([
      'The vote passed.',
      'Critics objected!',
      'Was it fair?',
      'Nobody knows.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(sentencesOf('Mr. Smith met Dr. J. R. Jones on Nov. 3 at 3.5 p.m. sharp. Then he left.')).toEqual([
      'Mr. Smith met Dr. J. R. Jones on Nov. 3 at 3.5 p.m. sharp.',
      'Then he left.',
    ]);
  });

  it('ends a sentence on a lone letter when a sentence\'s first word follows it, and keeps initials', () => {
    expect(sentencesOf('Multiply it by the matrix B. This gives the rotation. See Part I. What follows is a story.')).toEqual([
      'Multiply it by the matrix B.',
      'This gives the rotation.',
      'See Part I.',
      'What follows is a story.',
    ]);
    expect(sentencesOf('Harry S. Truman met J. A. Smith and Mary W. Thompson.')).toHaveLength(1);
  });

  it('keeps the ranks of a list run into one paragraph inside it, but ends a sentence on a number', () => {
    expect(sentencesOf('Women\'s 400 metres: 1. Falilat Ogunkoya (Nigeria) 50.31, 2. Jearl Miles (Kenya) 50.42')).toHaveLength(1);
    expect(sentencesOf('1. Falilat Ogunkoya (Nigeria)')).toHaveLength(1);
    expect(sentencesOf('The death toll rose to 12. Police said more were missing.')).toEqual(['The death toll rose to 12.', 'Police said more were missing.']);
  });

  it('tells "U.S. officials" from a sentence ending in U.S.', () => {
    expect(sentencesOf('U.S. officials said so. Prices rose in the U.S. The rest fell.')).toEqual([
      'U.S. officials said so.',
      'Prices rose in the U.S.',
      'The rest fell.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentencesOf('"We will rebuild," she said. "It is over." He left.')).toEqual(['"We will rebuild," she said.', '"It is over."', 'He left.']);
  });

  it('ends a sentence at a block boundary (headings, list items)', () => {
    expect(sentencesOf('A headline without a full stop\n\nThe first paragraph starts here.\n\n  • A list item')).toEqual([
      'A headline without a full stop',
      'The first paragraph starts here.',
      '• A list item',
    ]);
  });

  it('returns offsets into the original text', () => {
    const text = '  First one.   Second one.  ';
    for (const { start, end } of splitSentences(text)) expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
  });
});

describe('splitSentences on news conventions', () => {
  it('keeps a quotation of several sentences with its attribution', () => {
    expect(sentencesOf('“We will rebuild. We always have,” she said. The vote is next week.')).toEqual([
      '“We will rebuild. We always have,” she said.',
      'The vote is next week.',
    ]);
  });

  it('still splits after a quotation that ends a sentence', () => {
    expect(sentencesOf('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', 'Then he left.']);
  });

  it('leaves a dateline out of the first sentence', () => {
    expect(sentencesOf('WASHINGTON (Reuters) — The Senate passed the bill on Tuesday. It now goes to the House.')).toEqual([
      'The Senate passed the bill on Tuesday.',
      'It now goes to the House.',
    ]);
    expect(sentencesOf('LONDON — Prices rose 3 percent in May.')).toEqual(['Prices rose 3 percent in May.']);
  });

  it('does not mistake a capitalised opening for a dateline', () => {
    expect(sentencesOf('NASA - the agency - said so.')).toEqual(['NASA - the agency - said so.']);
  });
});
