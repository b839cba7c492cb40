import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/nlp/tokenize';

describe('tokenize', () => {
  const text = "Obama's aides don't say U.S. troops cost $3.5 billion (1996-08-30), Mr. J. Smith-Jones said.";
  const tokens = tokenize(text);

  it('splits like the Penn Treebank: clitics apart, abbreviations and numbers whole', () => {
    expect(tokens.map((t) => t.text)).toEqual(['Obama', "'s", 'aides', 'do', "n't", 'say', 'U.S.', 'troops', 'cost', '$', '3.5', 'billion', '(', '1996-08-30', ')', ',', 'Mr.', 'J.', 'Smith-Jones', 'said', '.']);
  });

  it('keeps names with an apostrophe whole, as the training text does, and still parts clitics', () => {
    const names = "Conan O'Brien met Lupita Nyong’o in N'Djamena, Côte d'Ivoire; O'Brien's show didn't air. OBAMA'S WAR";
    expect(tokenize(names).map((t) => t.text)).toEqual([
      'Conan', "O'Brien", 'met', 'Lupita', 'Nyong’o', 'in', "N'Djamena", ',', 'Côte', "d'Ivoire", ';', "O'Brien", "'s", 'show', 'did', "n't", 'air', '.', 'OBAMA', "'S", 'WAR',
    ]);
  });

  it('keeps a rank\'s full stop while the sentence goes on, as CoNLL writes ranks, and parts a final one', () => {
    expect(tokenize('The ranking: 1. Finland 2. Norway').map((t) => t.text)).toEqual(['The', 'ranking', ':', '1.', 'Finland', '2.', 'Norway']);
    expect(tokenize('They finished 3.').map((t) => t.text)).toEqual(['They', 'finished', '3', '.']);
    expect(tokenize('Born in 1990. Raised').map((t) => t.text)).toEqual(['Born', 'in', '1990', '.', 'Raised']);
  });

  it('keeps compounds with numbers and web addresses whole, as the training text does', () => {
    expect(tokenize('Amazon.com bought F-16s in mid-2008; Covid-19 hit. Visit nytimes.com.').map((t) => t.text)).toEqual([
      'Amazon.com', 'bought', 'F-16s', 'in', 'mid-2008', ';', 'Covid-19', 'hit', '.', 'Visit', 'nytimes.com', '.',
    ]);
  });

  it('joins lower-case words to a number or an acronym by their hyphen, and keeps a name after one apart', () => {
    expect(tokenize('The 56-year-old joined U.S.-led talks on the U.S.-Mexico border.').map((t) => t.text)).toEqual([
      'The', '56-year-old', 'joined', 'U.S.-led', 'talks', 'on', 'the', 'U.S.', '-', 'Mexico', 'border', '.',
    ]);
  });

  it('writes a bare decimal, an ellipsis and a double dash as one token each, as CoNLL does', () => {
    expect(tokenize('He hit .496 -- a record ... then left').map((t) => t.text)).toEqual(['He', 'hit', '.496', '--', 'a', 'record', '...', 'then', 'left']);
  });

  it('keeps the full stop of a US state as news abbreviates it ("Cape Canaveral, Fla.")', () => {
    expect(tokenize('It landed near Cape Canaveral, Fla., on Sunday.').map((t) => t.text)).toEqual(['It', 'landed', 'near', 'Cape', 'Canaveral', ',', 'Fla.', ',', 'on', 'Sunday', '.']);
  });

  it('keeps dotted abbreviations in lower case whole ("a.m.", "i.e."), as capitals ("D.C.")', () => {
    expect(tokenize('At 5 a.m., i.e. before dawn, in Washington, D.C. on Monday').map((t) => t.text)).toEqual([
      'At', '5', 'a.m.', ',', 'i.e.', 'before', 'dawn', ',', 'in', 'Washington', ',', 'D.C.', 'on', 'Monday',
    ]);
  });

  it('parts a per cent sign from its number, as GMB writes it', () => {
    expect(tokenize('Prices rose 4.5% in May.').map((t) => t.text)).toEqual(['Prices', 'rose', '4.5', '%', 'in', 'May', '.']);
  });

  it('keeps a soft hyphen inside its word ("Vladi\u00ADmir" is one word, as the reader sees it)', () => {
    const soft = 'Vladi\u00ADmir Putin met Netan\u00ADyahu.';
    expect(tokenize(soft).map((t) => t.text)).toEqual(['Vladi\u00ADmir', 'Putin', 'met', 'Netan\u00ADyahu', '.']);
    for (const token of tokenize(soft)) expect(soft.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps exact offsets into the text', () => {
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
