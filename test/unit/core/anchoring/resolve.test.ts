import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../src/core/anchoring/describe';
import { resolveTarget } from '../../../../src/core/anchoring/resolve';

const TEXT = 'The council voted on Tuesday. The mayor said the barrier would protect homes. Critics said the cost had doubled.';

function targetOf(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return describeSpan(text, at, at + quote.length);
}

describe('describeSpan', () => {
  it('keeps the quote, 32 characters of context each side, and the position', () => {
    const target = targetOf(TEXT, 'protect homes');
    expect(target.quote.exact).toBe('protect homes');
    expect(target.quote.prefix).toBe(TEXT.slice(TEXT.indexOf('protect homes') - 32, TEXT.indexOf('protect homes')));
    expect(target.quote.suffix).toBe('. Critics said the cost had doub');
    expect(target.quote.suffix).toHaveLength(32);
    expect(target.position.end - target.position.start).toBe(13);
  });
});

describe('resolveTarget', () => {
  it('anchors by position when the text is unchanged', () => {
    const target = targetOf(TEXT, 'protect homes');
    expect(resolveTarget(TEXT, target)).toMatchObject({ status: 'anchored', method: 'position', start: target.position.start });
  });

  it('does not take another copy moved onto the old position on the word of indentation alone', () => {
    // Indented source: the context before each line of a results table is line breaks and spaces.
    const indent = `\n${' '.repeat(16)}\n${' '.repeat(20)}\n\n`;
    const lead = 'The season ended on Friday with the last round of games across the county. '.repeat(3);
    const table = `${indent}Palm Bay 18 22 13 17 — 70${indent}Melbourne 12 10 14 9 — 45`;
    const notes = `${indent}Palm Bay (1-0): Tolivert 25 points.`;
    const original = `${lead}${table}${notes}`;
    const target = targetOf(original, 'Palm Bay');
    // A paragraph deleted earlier in the page shifts the notes' "Palm Bay" onto the table's old offsets.
    const shift = original.lastIndexOf('Palm Bay') - original.indexOf('Palm Bay');
    const edited = original.slice(shift);
    expect(edited.slice(target.position.start, target.position.end)).toBe('Palm Bay');
    const anchor = resolveTarget(edited, target);
    expect(anchor.status).toBe('anchored');
    if (anchor.status === 'anchored') expect(edited.slice(anchor.start, anchor.end + 12)).toBe('Palm Bay 18 22 13 17');
  });

  it('finds the quote again after text is inserted before it', () => {
    const target = targetOf(TEXT, 'protect homes');
    const edited = `Breaking: an update. ${TEXT}`;
    const anchor = resolveTarget(edited, target);
    expect(anchor.status).toBe('anchored');
    if (anchor.status === 'anchored') expect(edited.slice(anchor.start, anchor.end)).toBe('protect homes');
  });

  it('picks the copy whose context matches when the quote repeats', () => {
    const target = targetOf(TEXT, 'said the', 1); // "Critics said the cost"
    const edited = `Someone said the weather was fine. ${TEXT}`;
    const anchor = resolveTarget(edited, target);
    expect(anchor.status).toBe('anchored');
    if (anchor.status === 'anchored') expect(edited.slice(anchor.start - 8, anchor.end)).toBe('Critics said the');
  });

  it('refuses to guess between copies when no context matches', () => {
    const target = { quote: { exact: 'said the', prefix: 'zzzz', suffix: 'qqqq' }, position: { start: 500, end: 508 } };
    expect(resolveTarget(TEXT, target)).toEqual({ status: 'orphaned' });
  });

  it('survives re-wrapped whitespace', () => {
    const target = targetOf(TEXT, 'the barrier would protect');
    const edited = TEXT.replace('barrier would', 'barrier\n    would');
    const anchor = resolveTarget(edited, target);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'whitespace' });
    if (anchor.status === 'anchored') expect(edited.slice(anchor.start, anchor.end)).toBe('the barrier\n    would protect');
  });

  it('orphans a note whose text was deleted rather than attaching it elsewhere', () => {
    const target = targetOf(TEXT, 'protect homes');
    expect(resolveTarget(TEXT.replace('protect homes', 'help'), target)).toEqual({ status: 'orphaned' });
  });
});

describe('resolveTarget, approximate and ambiguous cases', () => {
  const text = 'Officials said the barrier would protect more than 12,000 homes in the eastern districts. Critics disagreed.';
  it('re-attaches a quote edited inside by a few characters, when its context agrees', () => {
    const target = targetOf(text, 'the barrier would protect more than 12,000 homes');
    const edited = text.replace('12,000', '12.500');
    const anchor = resolveTarget(edited, target);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (anchor.status === 'anchored') expect(edited.slice(anchor.start, anchor.end)).toBe('the barrier would protect more than 12.500 homes');
  });

  it('does not move a short quote to another copy whose context barely matches', () => {
    const article = 'He met the New Jersey governor. Later the New York attorney general spoke.';
    const target = targetOf(article, 'the New', 1);
    expect(resolveTarget(article.replace('Later the New York', 'Later a York'), target)).toEqual({ status: 'orphaned' });
  });

  it('keeps context that moved a little away, behind an inserted advert', () => {
    const target = targetOf(TEXT, 'The mayor said the barrier');
    const edited = TEXT.replace('Tuesday. The mayor', 'Tuesday.\n\nAdvertisement\n\nThe mayor');
    const anchor = resolveTarget(edited, target);
    expect(anchor.status).toBe('anchored');
  });
});

describe('look-alikes and twins known at creation', () => {
  const passage = 'and so the committee concluded that the plan was sound and should go ahead without any delay at all';
  const twice = `Intro text here, ${passage}. Middle part, ${passage}. End.`;

  it('records a passage the page holds twice, and tells the copies apart by rank', () => {
    const text = twice;
    const target = targetOf(text, 'the plan was sound', 1);
    expect(target.occurrence).toEqual({ index: 1, count: 2 });
    const shifted = `New first paragraph here.\n\n${text}`;
    const anchor = resolveTarget(shifted, target);
    expect(anchor.status).toBe('anchored');
    if (anchor.status === 'anchored') expect(anchor.start).toBe(shifted.lastIndexOf('the plan was sound'));
  });

  it('orphans a twin whose sibling is gone, since nothing says which one went', () => {
    const target = targetOf(twice, 'the plan was sound', 1);
    expect(resolveTarget(twice.replace(`Middle part, ${passage}. `, 'Middle part. '), target)).toEqual({ status: 'orphaned' });
  });

  it('does not settle on a look-alike that was already there when the note was made', () => {
    const tail = ' on healthcare ICT and mobile workflow solutions.';
    const text = `Ascom is a global solutions provider focused${tail} Later: Ascom, a global solutions provider focused${tail}`;
    const target = targetOf(text, 'provider focused');
    expect(target.rival).toBeGreaterThan(0.6);
    expect(resolveTarget(text.replace(`solutions provider focused${tail} Later`, `solutions${tail} Later`), target)).toEqual({ status: 'orphaned' });
  });

  it('does not settle on a slightly different look-alike either, once the noted sentence is deleted', () => {
    const lede = 'BAAR, SWITZERLAND. Ascom, a global solutions provider focused on healthcare ICT and mobile workflow solutions, announced a deal.';
    const about = 'Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions. The vision of Ascom is clear.';
    const text = `${lede}\n\nMore news about the deal and what it means for hospitals.\n\n${about}`;
    const target = targetOf(text, 'Ascom is a global solutions provider focused on healthcare ICT and mobile');
    expect(target.rival).toBeGreaterThan(0);
    expect(resolveTarget(text.replace(about, 'The vision of Ascom is clear.'), target)).toEqual({ status: 'orphaned' });
    // An edit inside the noted sentence itself still re-attaches: its own context agrees fully.
    expect(resolveTarget(text.replace('Ascom is a global solutions', 'Ascom is a leading global solutions'), target)).toMatchObject({ status: 'anchored', method: 'fuzzy' });
  });

  it('does not let a look-alike borrow the context the deleted passage leaves behind', () => {
    // The lede repeats the quote; the body's copy is noted, then deleted: its old neighbours
    // then sit within a few hundred characters of the lede's copy, close enough to count as context.
    const quote = 'number of things that Stadia can do that is not possible on other platforms.';
    const lede = `"You are going to see a ${quote.replace('platforms.', 'platforms,')}" says Jack Buser, director for games.`;
    const middle = 'Google has worked on the service for years and will charge a monthly fee for it. '.repeat(3);
    const text = `${lede}\n\n${middle}\n\nSpeaking to a reporter. "You are going to see a ${quote}"\n\nThe service launches in November with twelve games.`;
    const at = text.lastIndexOf(quote);
    const target = describeSpan(text, at, at + quote.length);
    expect(resolveTarget(text.slice(0, at) + text.slice(at + quote.length), target)).toEqual({ status: 'orphaned' });
  });
});
