import { describe, expect, it } from 'vitest';
import { tagEntitiesWithCompromise } from '../../../bench/lib/compromise-tagger';

describe('tagEntitiesWithCompromise', () => {
  const text = 'WASHINGTON —  President Joe Biden met\n  Microsoft chief Satya Nadella in Paris on Tuesday.';
  const entities = tagEntitiesWithCompromise(text);

  it('puts every span on the exact characters of the text', () => {
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('types people, organisations and places, without honorifics', () => {
    expect(entities).toContainEqual(expect.objectContaining({ text: 'Joe Biden', type: 'PER' }));
    expect(entities).toContainEqual(expect.objectContaining({ text: 'Microsoft', type: 'ORG' }));
    expect(entities).toContainEqual(expect.objectContaining({ text: 'Paris', type: 'LOC' }));
  });

  it('never returns overlapping spans', () => {
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
  });
});
