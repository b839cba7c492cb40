/**
 * Check-worthy claims in a text: sentences scored by the trained model, the score mapped
 * so the model's tuned thresholds meet the reader's sensitivity settings (fewer 0.7,
 * balanced 0.5, more 0.35), and explained by the rule cues the sentence shows.
 */
import type { ClaimSpan, EntitySpan } from '../model/analysis';
import type { TextRange } from '../model/text-range';
import { CLAIM_THRESHOLDS } from '../model/settings';
import { scoreSentence } from './claim-rules';
import type { ClaimModel } from './claim-model';
import { splitSentences } from './sentences';

/** Maps a model probability onto the settings' scale, piecewise linearly through the tuned thresholds. */
export function calibrate(probability: number, model: ClaimModel): number {
  const points: [number, number][] = [
    [0, 0],
    [model.thresholds.more, CLAIM_THRESHOLDS.more],
    [model.thresholds.balanced, CLAIM_THRESHOLDS.balanced],
    [model.thresholds.fewer, CLAIM_THRESHOLDS.fewer],
    [1, 1],
  ];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    if (probability <= x1) return y0 + ((probability - x0) / Math.max(x1 - x0, 1e-9)) * (y1 - y0);
  }
  return 1;
}

/** Claim sentences of a text whose calibrated score (by `model`) reaches `threshold`. */
export function findClaimsWithModel(
  model: ClaimModel,
  text: string,
  entities: readonly EntitySpan[],
  threshold: number,
  sentences: readonly TextRange[] = splitSentences(text),
): ClaimSpan[] {
  const claims: ClaimSpan[] = [];
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    if (sentence.split(/\s+/).length < 4) continue;
    const score = Math.round(calibrate(model.score(sentence), model) * 100) / 100;
    if (score < threshold) continue;
    const inside = entities.filter((e) => e.start >= start && e.end <= end);
    claims.push({ text: sentence, score, start, end, reasons: scoreSentence(sentence, inside).reasons });
  }
  return claims;
}
