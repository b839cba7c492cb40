import { describe, expect, it } from 'vitest';
import { scoreSentence } from '../../../../src/core/nlp/claim-rules';

describe('scoreSentence', () => {
  it('scores a figure with attribution high and explains why', () => {
    const { score, reasons } = scoreSentence('The mayor said the barrier would protect more than 12,000 homes in the east.');
    expect(score).toBeGreaterThanOrEqual(0.7);
    expect(reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['figure', 'attribution', 'comparison']));
    expect(reasons.find((r) => r.kind === 'figure')?.evidence).toBe('12,000');
  });

  it('scores opinions, questions and short fragments low', () => {
    expect(scoreSentence('I think we should all be more kind to each other.').score).toBeLessThan(0.35);
    expect(scoreSentence('Did the council spend 48 million dollars on it?').score).toBeLessThan(0.35);
    expect(scoreSentence('Read more.').score).toBe(0);
  });

  it('counts money and percentages as figures', () => {
    expect(scoreSentence('Rainfall in January was 64 percent above the long-term average.').reasons[0]).toEqual({ kind: 'figure', evidence: '64 percent' });
    expect(scoreSentence('The council agreed to spend $48 million on a new barrier.').reasons[0]?.evidence).toBe('$48 million');
  });
});
