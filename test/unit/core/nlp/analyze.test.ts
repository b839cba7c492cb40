import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/nlp/analyze';
import type { TextRange } from '../../../../src/core/model/text-range';
import type { EntitySpan } from '../../../../src/core/model/analysis';

describe('analyzeText', () => {
  it('splits the text once and gives both engines the same sentences, and groups mentions', () => {
    const text = 'Ilham Aliyev spoke in Baku.\n\nAliyev said 40% agreed.';
    const seen: (readonly TextRange[])[] = [];
    const entities: EntitySpan[] = [
      { text: 'Ilham Aliyev', type: 'PER', start: 0, end: 12 },
      { text: 'Aliyev', type: 'PER', start: 29, end: 35 },
    ];
    const analysis = analyzeText(
      text,
      (_text, sentences) => (seen.push(sentences), entities),
      (_text, _entities, _threshold, sentences) => (seen.push(sentences), []),
      0.5,
    );
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]!.map((s) => text.slice(s.start, s.end))).toEqual(['Ilham Aliyev spoke in Baku.', 'Aliyev said 40% agreed.']);
    expect(analysis.groups).toEqual([{ text: 'Ilham Aliyev', type: 'PER', mentions: 2 }]);
    expect(analysis.english).toBe(true);
  });

  it("gives each mention its group's type, so one entity is marked as one thing", () => {
    const text = 'Islamic State fighters left. Islamic State said so. Islamic State lost.';
    const entities: EntitySpan[] = [
      { text: 'Islamic State', type: 'ORG', start: 0, end: 13 },
      { text: 'Islamic State', type: 'LOC', start: 29, end: 42 },
      { text: 'Islamic State', type: 'ORG', start: 52, end: 65 },
    ];
    const analysis = analyzeText(text, () => entities, () => [], 0.5);
    expect(analysis.groups).toEqual([{ text: 'Islamic State', type: 'ORG', mentions: 3 }]);
    expect(analysis.entities.map((e) => [e.type, e.group])).toEqual([['ORG', 0], ['ORG', 0], ['ORG', 0]]);
  });

  it('marks nothing in a text in another language, and says so', () => {
    let called = false;
    const engine = () => ((called = true), []);
    const analysis = analyzeText('Il governo ha detto che la riforma della legge non è pronta per il voto della camera.', engine, engine, 0.5);
    expect(analysis).toEqual({ entities: [], claims: [], groups: [], english: false });
    expect(called).toBe(false);
  });
});
