import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, queryHasTag, tagsByUse, toggleTag } from '../../../../src/core/storage/search';
import { storedAnnotation } from '../../../helpers/builders';

const note = storedAnnotation({
  title: 'Müller warns of a café closure',
  target: { quote: { exact: 'The ﬁnance minister said 40% of cafés closed', prefix: '', suffix: '' }, position: { start: 0, end: 44 } },
  note: 'Check the São Paulo figure',
  tags: ['économie', 'figures'],
});

describe('matchesQuery', () => {
  it('matches every typed word in the quote, note, title, URL or tags, case aside', () => {
    expect(matchesQuery(note, '')).toBe(true);
    expect(matchesQuery(note, '  MINISTER   figure ')).toBe(true);
    expect(matchesQuery(note, 'minister budget')).toBe(false);
    expect(matchesQuery(note, 'news.example')).toBe(true);
  });

  it('ignores accents and compatibility forms on both sides', () => {
    expect(matchesQuery(note, 'muller')).toBe(true);
    expect(matchesQuery(note, 'sao paulo')).toBe(true);
    expect(matchesQuery(note, 'finance')).toBe(true);
    expect(matchesQuery(note, 'Café')).toBe(true);
    expect(matchesQuery(note, '#economie')).toBe(true);
  });

  it('reads "#word" as a whole tag, not as text', () => {
    expect(matchesQuery(note, '#figures')).toBe(true);
    expect(matchesQuery(note, '#figure')).toBe(false);
    expect(matchesQuery(note, '#minister')).toBe(false);
    expect(matchesQuery(note, '#')).toBe(false);
  });
});

describe('foldForSearch', () => {
  it('spells out Latin letters that have no decomposition', () => {
    expect(foldForSearch('Łódź Straße Ørsted Æsir')).toBe('lodz strasse orsted aesir');
  });

  it('drops soft hyphens, so "netanyahu" finds a quote that hyphenates the name', () => {
    expect(foldForSearch('Netan\u00ADyahu')).toBe('netanyahu');
  });
});

describe('tagsByUse', () => {
  it('counts each tag over the notes, the most used first, ties by name', () => {
    const notes = [storedAnnotation({ tags: ['flood', 'figures'] }), storedAnnotation({ tags: ['figures'] }), storedAnnotation({ tags: ['budget'] }), storedAnnotation({ tags: [] })];
    expect(tagsByUse(notes)).toEqual([
      { tag: 'figures', count: 2 },
      { tag: 'budget', count: 1 },
      { tag: 'flood', count: 1 },
    ]);
  });
});

describe('toggleTag', () => {
  it('adds the tag to what was typed, and takes it out again', () => {
    expect(toggleTag('', 'flood')).toBe('#flood');
    expect(toggleTag('minister ', 'flood')).toBe('minister #flood');
    expect(toggleTag('minister #flood  #figures', 'flood')).toBe('minister #figures');
    expect(toggleTag('#Économie', 'economie')).toBe('');
  });

  it('knows a tag the query asks for, whole words only', () => {
    expect(queryHasTag('minister #flood', 'flood')).toBe(true);
    expect(queryHasTag('#Flood', 'flood')).toBe(true);
    expect(queryHasTag('flood #floods', 'flood')).toBe(false);
  });
});
