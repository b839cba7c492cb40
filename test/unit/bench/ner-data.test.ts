import { describe, expect, it } from 'vitest';
import { mapTag } from '../../../bench/lib/ner-data';

describe('mapTag', () => {
  it("maps GMB's types onto Gloss's: geo and gpe are places, time is no entity", () => {
    expect(['B-GEO', 'I-GPE', 'B-TIME', 'B-PER', 'I-ORG', 'B-MISC', 'O'].map(mapTag)).toEqual(['B-LOC', 'I-LOC', 'O', 'B-PER', 'I-ORG', 'B-MISC', 'O']);
  });

  it('reads types in any case and under their long names', () => {
    expect(['B-geo', 'i-per', 'B-PERSON', 'I-Organization', 'B-LOCATION', 'B-tim', 'B-art'].map(mapTag)).toEqual(['B-LOC', 'I-PER', 'B-PER', 'I-ORG', 'B-LOC', 'O', 'B-ART']);
  });
});
