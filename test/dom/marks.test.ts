import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../src/core/model/result';
import type { TextAnalysis } from '../../src/core/model/analysis';
import { createMarksFeature } from '../../src/content/features/marks';
import type { BackgroundCaller } from '../../src/content/background-client';
import type { Painter } from '../../src/content/highlighting/painter';
import { buildTextIndex } from '../../src/content/text-index/text-index';

const painted = new Map<string, string[]>();
const painter: Painter = { set: (name, ranges) => void painted.set(name, ranges.map((r) => r.toString())), clear: () => undefined, isIntact: () => true, supported: true };

const ANALYSIS: TextAnalysis = {
  entities: [{ text: 'Helen Okafor', type: 'PER', start: 0, end: 12, group: 0 }],
  claims: [],
  groups: [{ text: 'Helen Okafor', type: 'PER', mentions: 1 }],
  english: true,
};

describe('entity and claim marks', () => {
  it('asks again after a failed analysis, clears the problem and paints what the second answer found', async () => {
    document.body.innerHTML = '<article><p>Helen Okafor spoke in Leeds on Monday.</p></article>';
    const answers: Result<TextAnalysis>[] = [fail('unavailable', 'Gloss could not load its language models (models/ner-model.bin: 404).'), ok(ANALYSIS)];
    let asked = 0;
    const background = (async () => answers[asked++]) as unknown as BackgroundCaller;
    const marks = createMarksFeature(buildTextIndex(document.querySelector('article')!), painter, background);
    marks.configure(true, 0.5);

    await marks.analyze();
    expect(marks.problem()).toMatch(/could not load its language models/);
    expect(marks.visible().entities).toEqual([]);

    await marks.analyze();
    expect(asked).toBe(2);
    expect(marks.problem()).toBe('');
    expect(painted.get('gloss-per')).toEqual(['Helen Okafor']);

    // A success is final: the article is not analysed again.
    await marks.analyze();
    expect(asked).toBe(2);
  });
});
