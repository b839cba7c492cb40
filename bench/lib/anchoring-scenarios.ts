/**
 * Edit scenarios for the anchoring benchmark, at the level of the article text that
 * Gloss anchors in. Each returns the edited text and where the annotation truly is now
 * (undefined: its text is gone, so the right answer is an orphan).
 */
import { type Splice, applySplices } from './splices';
import { pick, randomInt } from './random';

export interface Span {
  start: number;
  end: number;
}

export interface ScenarioResult {
  text: string;
  expected: Span | undefined;
}

export type Scenario = (text: string, span: Span, random: () => number, filler: readonly string[]) => ScenarioResult | undefined;

/** Offsets of block boundaries (blank lines) in the text. */
function blockBreaks(text: string): number[] {
  return [...text.matchAll(/\n[^\S\n]*\n\s*/g)].map((m) => m.index!);
}

function withSplices(text: string, span: Span, splices: Splice[], quoteGone = false): ScenarioResult | undefined {
  const edited = applySplices(text, splices);
  if (quoteGone) return { text: edited.text, expected: undefined };
  const start = edited.map(span.start, 'start');
  const end = edited.map(span.end, 'end');
  return start === undefined || end === undefined ? undefined : { text: edited.text, expected: { start, end } };
}

/** True when [at, at + length) lies outside the span (touching its edges is outside). */
const outside = (span: Span, at: number, length = 0) => at + length <= span.start || at >= span.end;

/** A replacement word that differs from the original. */
function otherWord(random: () => number, word: string): string {
  const words = ['market', 'council', 'however', 'reported', 'recent', 'several', 'public', 'agency', 'policy', 'region'];
  const choice = pick(random, words);
  return choice === word.toLowerCase() ? `${choice}s` : choice;
}

export const SCENARIOS: Record<string, Scenario> = {
  unchanged: (text, span) => ({ text, expected: span }),

  whitespace: (text, span, random) => {
    const splices: Splice[] = [];
    for (const m of text.matchAll(/\s+/g)) {
      if (random() < 0.3) splices.push({ at: m.index!, remove: m[0].length, insert: m[0].includes('\n') ? '\n   \n  ' : pick(random, ['  ', ' \n', '\t ', '   ']) });
    }
    return withSplices(text, span, splices);
  },

  'markup-restructured': (text, span, random) => {
    // New block elements split paragraphs; removed ones merge them; inline wrappers leave text alone.
    const splices: Splice[] = [];
    for (const m of text.matchAll(/ +|\n[^\S\n]*\n\s*/g)) {
      const isBreak = m[0].includes('\n');
      if (isBreak && random() < 0.3) splices.push({ at: m.index!, remove: m[0].length, insert: ' ' });
      else if (!isBreak && random() < 0.04) splices.push({ at: m.index!, remove: m[0].length, insert: '\n\n' });
    }
    return withSplices(text, span, splices);
  },

  'paragraphs-inserted': (text, span, random, filler) => {
    const breaks = blockBreaks(text).filter((at) => outside(span, at));
    const splices = Array.from({ length: 3 }, () => randomInt(random, 0, breaks.length + 1))
      .map((k) => (k === breaks.length ? text.length : breaks[k]!))
      .filter((at, i, all) => all.indexOf(at) === i)
      .map((at) => ({ at, remove: 0, insert: `\n\n${pick(random, filler)}\n\n` }));
    return withSplices(text, span, splices);
  },

  'paragraphs-deleted-elsewhere': (text, span, random) => {
    const bounds = [0, ...blockBreaks(text), text.length];
    const paragraphs = bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1]! })).filter((p) => p.to <= span.start || p.from >= span.end);
    if (paragraphs.length === 0) return undefined;
    const victim = pick(random, paragraphs);
    return withSplices(text, span, [{ at: victim.from, remove: victim.to - victim.from, insert: '' }]);
  },

  'edit-near': (text, span, random) => {
    const near = [...text.matchAll(/[\p{L}]{3,}/gu)].filter((m) => {
      const at = m.index!;
      const end = at + m[0].length;
      return outside(span, at, m[0].length) && (Math.abs(span.start - end) <= 40 || Math.abs(at - span.end) <= 40);
    });
    if (near.length === 0) return undefined;
    const chosen = [pick(random, near)];
    return withSplices(text, span, chosen.map((m) => ({ at: m.index!, remove: m[0].length, insert: otherWord(random, m[0]) })));
  },

  'edit-inside': (text, span, random) => {
    const budget = Math.floor((span.end - span.start) * 0.1);
    if (budget < 2) return undefined;
    const letters = [...text.slice(span.start, span.end).matchAll(/\p{L}/gu)].map((m) => span.start + m.index!);
    const positions = new Set<number>();
    while (positions.size < Math.min(budget, letters.length)) positions.add(pick(random, letters));
    const splices = [...positions].map((at) => ({ at, remove: 1, insert: text[at] === 'x' ? 'y' : 'x' }));
    return withSplices(text, span, splices);
  },

  'quote-deleted': (text, span) => withSplices(text, span, [{ at: span.start, remove: span.end - span.start, insert: '' }], true),

  'duplicated-elsewhere': (text, span, random, filler) => {
    const far = blockBreaks(text).filter((at) => at < span.start - 200 || at > span.end + 200);
    if (far.length === 0) return undefined;
    const copy = `\n\n${pick(random, filler).slice(0, 60)} ${text.slice(span.start, span.end)} ${pick(random, filler).slice(0, 60)}\n\n`;
    return withSplices(text, span, [{ at: pick(random, far), remove: 0, insert: copy }]);
  },

  'article-rewrapped': (text, span, random) => {
    const splices: Splice[] = blockBreaks(text)
      .filter((at) => outside(span, at) && random() < 0.25)
      .map((at) => ({ at, remove: 0, insert: pick(random, ['\n\nAdvertisement\n\n', '\n\n  Sponsored content  \n\n', '\n\n\n']) }));
    return withSplices(text, span, splices);
  },
};

/** Scenarios in which the quote's own text survives unchanged (the ≥ 97% target). */
export const QUOTE_INTACT = ['unchanged', 'whitespace', 'markup-restructured', 'paragraphs-inserted', 'paragraphs-deleted-elsewhere', 'edit-near', 'duplicated-elsewhere', 'article-rewrapped'];
