/** Precision, recall and F1 of the positive class, and average precision of a ranking. */
export interface BinaryScores {
  precision: number;
  recall: number;
  f1: number;
  averagePrecision: number;
}

export function binaryScores(labels: readonly number[], scores: readonly number[], threshold: number): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  labels.forEach((label, i) => {
    const predicted = scores[i]! >= threshold;
    if (predicted && label === 1) tp++;
    else if (predicted) fp++;
    else if (label === 1) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, averagePrecision: averagePrecision(labels, scores) };
}

/** Mean of the precision at each positive, ranked by score (ties broken by input order). */
export function averagePrecision(labels: readonly number[], scores: readonly number[]): number {
  const order = labels.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let positives = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (labels[i] !== 1) return;
    positives++;
    sum += positives / (rank + 1);
  });
  return positives === 0 ? 0 : sum / positives;
}

/** The threshold (among the scores) that maximises F1. */
export function bestThreshold(labels: readonly number[], scores: readonly number[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (const candidate of [...new Set(scores)].sort((a, b) => a - b)) {
    const { f1 } = binaryScores(labels, scores, candidate);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = candidate;
    }
  }
  return best;
}
