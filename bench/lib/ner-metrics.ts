/** Exact-span precision, recall and F1 per type and overall, over PER, ORG and LOC. */
import { spansFromTags } from '../../src/core/nlp/ner-model';

export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const prf = (tp: number, fp: number, fn: number): PRF => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/** Scores predicted tag sequences against gold ones; spans of other types are ignored. */
export function scoreSpans(gold: readonly string[][], predicted: readonly string[][]): PRF & { perType: Record<string, PRF> } {
  const counts = Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>;
  gold.forEach((goldTags, s) => {
    const key = (span: { type: string; start: number; end: number }) => `${span.type}:${span.start}:${span.end}`;
    const goldSpans = spansFromTags(goldTags).filter((span) => span.type in counts);
    const predSpans = spansFromTags(predicted[s]!).filter((span) => span.type in counts);
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predSpans.map(key));
    for (const span of predSpans) counts[span.type]![goldKeys.has(key(span)) ? 'tp' : 'fp']++;
    for (const span of goldSpans) if (!predKeys.has(key(span))) counts[span.type]!.fn++;
  });
  const all = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { ...prf(all.tp, all.fp, all.fn), perType: Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, prf(c.tp, c.fp, c.fn)])) };
}
