/**
 * train:claims — logistic regression over claimFeatures, trained on ClaimBuster
 * (CC BY 4.0, Arslan et al. 2020) from ../shared/data/claims, tuned on claimbuster-dev and
 * checkthat2024-dev, written to src/core/nlp/models/claims-model.bin. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { averagePrecision, binaryScores } from '../bench/lib/binary-metrics';
import { readJsonl } from '../bench/lib/jsonl';
import { seededRandom } from '../bench/lib/random';
import { claimFeatures } from '../src/core/nlp/claim-features';
import type { ClaimModelFile } from '../src/core/nlp/claim-model';
import { packModel } from '../src/core/nlp/model-pack';
import { encodeFeatureKeys } from '../src/core/nlp/feature-keys';

const DATA = '../shared/data/claims';
const OUT = 'src/core/nlp/models/claims-model.bin';
const MIN_COUNT = 5;
const SEED = 7;
/** Weights are averaged over this many fits, each with its own shuffling order. */
const FITS = 5;
const MIN_WEIGHT = 0.02;

interface Row {
  text: string;
  label: number;
}

const train = readJsonl<Row>(`${DATA}/claimbuster-train.jsonl`);
const devSets = { claimbuster: readJsonl<Row>(`${DATA}/claimbuster-dev.jsonl`), checkthat: readJsonl<Row>(`${DATA}/checkthat2024-dev.jsonl`) };

const counts = new Map<string, number>();
const trainFeatures = train.map((row) => claimFeatures(row.text));
for (const features of trainFeatures) for (const f of new Set(features)) counts.set(f, (counts.get(f) ?? 0) + 1);
const names = [...counts.entries()].filter(([, c]) => c >= MIN_COUNT).map(([name]) => name).sort();
const index = new Map(names.map((name, i) => [name, i]));
const vectorize = (features: string[]) => Int32Array.from(features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0));
const X = trainFeatures.map(vectorize);
/** Each sentence's features are scaled by 1/sqrt(count), as in claim-model. */
const scales = trainFeatures.map((features) => 1 / Math.sqrt(features.length));
const y = train.map((row) => row.label);

/**
 * Logistic regression by AdaGrad with L2, `epochs` passes in a seeded order; positives
 * weighted by `positiveWeight`. Averaging FITS fits that differ only in their order
 * smooths out the last updates each order happens to end on.
 */
function fit(epochs: number, l2: number, positiveWeight: number): Float32Array {
  const average = new Float32Array(names.length);
  for (let f = 0; f < FITS; f++) {
    const w = fitOnce(epochs, l2, positiveWeight, SEED + f);
    for (let k = 0; k < w.length; k++) average[k]! += w[k]! / FITS;
  }
  return average;
}

function fitOnce(epochs: number, l2: number, positiveWeight: number, seed: number): Float32Array {
  const w = new Float32Array(names.length);
  const g2 = new Float32Array(names.length).fill(1e-8);
  const random = seededRandom(seed);
  const order = X.map((_, i) => i);
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = X[n]!;
      const scale = scales[n]!;
      let z = 0;
      for (const k of x) z += w[k]!;
      const p = 1 / (1 + Math.exp(-z * scale));
      const weight = y[n] === 1 ? positiveWeight : 1;
      const error = (p - y[n]!) * weight * scale;
      for (const k of x) {
        const grad = error + l2 * w[k]!;
        g2[k]! += grad * grad;
        w[k]! -= (rate * grad) / Math.sqrt(g2[k]!);
      }
    }
  }
  return w;
}

function scoresOf(w: Float32Array, rows: Row[]): number[] {
  return rows.map((row) => {
    const features = claimFeatures(row.text);
    let z = 0;
    for (const k of vectorize(features)) z += w[k]!;
    return 1 / (1 + Math.exp(-z / Math.sqrt(features.length)));
  });
}

/** F1 on both dev sets at one shared threshold, chosen to maximise their mean. */
function evaluate(w: Float32Array) {
  const sets = Object.entries(devSets).map(([name, rows]) => ({ name, labels: rows.map((r) => r.label), scores: scoresOf(w, rows) }));
  let best = { threshold: 0.5, mean: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const mean = sets.reduce((sum, s) => sum + binaryScores(s.labels, s.scores, t).f1, 0) / sets.length;
    if (mean > best.mean) best = { threshold: t, mean };
  }
  const perSet = Object.fromEntries(sets.map((s) => [s.name, { f1: binaryScores(s.labels, s.scores, best.threshold).f1, ap: averagePrecision(s.labels, s.scores) }]));
  return { ...best, perSet };
}

const started = Date.now();
let chosen: { w: Float32Array; threshold: number; mean: number; config: string } | undefined;
for (const epochs of [3, 6]) {
  for (const l2 of [1e-5, 1e-4]) {
    for (const positiveWeight of [1, 1.5]) {
      const w = fit(epochs, l2, positiveWeight);
      const result = evaluate(w);
      const config = `epochs ${epochs}, l2 ${l2}, positive weight ${positiveWeight}`;
      console.log(`${config}: threshold ${result.threshold.toFixed(2)}, F1 claimbuster ${result.perSet.claimbuster!.f1.toFixed(3)}, checkthat ${result.perSet.checkthat!.f1.toFixed(3)}`);
      if (result.mean > (chosen?.mean ?? -1)) chosen = { w, threshold: result.threshold, mean: result.mean, config };
    }
  }
}
const { w, config } = chosen!;
// Drop weights too small to matter (they only cost bytes), then tune the threshold on what ships.
const kept = names.map((name, i) => ({ name, weight: w[i]! })).filter((f) => Math.abs(f.weight) >= MIN_WEIGHT);
const shipped = new Float32Array(names.length);
for (const f of kept) shipped[index.get(f.name)!] = f.weight;
const final = evaluate(shipped);
const threshold = final.threshold;
console.log(`shipped model: threshold ${threshold.toFixed(2)}, F1 claimbuster ${final.perSet.claimbuster!.f1.toFixed(3)}, checkthat ${final.perSet.checkthat!.f1.toFixed(3)}`);
// Weights follow the keys' order (feature-keys): the i-th weight is the i-th key's.
const { keys, order } = encodeFeatureKeys(kept.map((f) => f.name));
const model: ClaimModelFile = {
  version: 4,
  keys,
  weights: Float32Array.from(order, (k) => kept[k]!.weight),
  thresholds: { fewer: Math.min(0.95, threshold + 0.15), balanced: threshold, more: Math.max(0.05, threshold - 0.15) },
  trainedOn: `ClaimBuster train (${train.length} sentences, CC BY 4.0); ${config}; ${kept.length} features`,
};
writeFileSync(OUT, packModel(model));
console.log(`chose ${config}; ${kept.length} features; wrote ${OUT} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
