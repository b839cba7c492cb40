import { describe, expect, it } from 'vitest';
import { createLanguageEngine } from '../../../../src/core/nlp/language-engine';
import { shippedModelFiles } from '../../../../bench/lib/shipped-models';

describe('the language engine built from the model files', () => {
  const analyze = createLanguageEngine(shippedModelFiles());
  const text =
    'Helen Okafor, the mayor of Leeds, said on Monday that the council would spend $48 million on a new flood barrier.\n\n' +
    'Okafor told the Yorkshire Post that work would start in 2027.';

  it('marks the people, places and organisations of a text, one entity per person', () => {
    const analysis = analyze(text, 0.35);
    expect(analysis.english).toBe(true);
    expect(analysis.entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`)).toEqual(['PER:Helen Okafor', 'LOC:Leeds', 'PER:Okafor', 'ORG:Yorkshire Post']);
    expect(analysis.groups).toContainEqual({ text: 'Helen Okafor', type: 'PER', mentions: 2 });
  });

  it('keeps the claims that reach the threshold it is given', () => {
    const claims = analyze(text, 0.35).claims.map((c) => text.slice(c.start, c.end));
    expect(claims[0]).toMatch(/^Helen Okafor, the mayor of Leeds, said on Monday .* \$48 million/);
    expect(analyze(text, 1).claims).toEqual([]);
  });
});
