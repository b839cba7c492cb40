/**
 * The trained check-worthiness model: logistic regression over claimFeatures, shipped as
 * a feature list and a flat Float32 weight array (base64), so it loads with one decode.
 * A sentence's features are scaled by 1/sqrt(their count), so a long sentence does not
 * score high merely by having many features.
 */
import { bytesFromBase64 } from './base64';
import { claimFeatures } from './claim-features';

/**
 * Separates feature names in the model file. Not "\n", which the bundle writes as an
 * escape that slows compiling the string (see sorted-lines); names hold spaces
 * ("b:<num> percent") but never this.
 */
export const CLAIM_FEATURE_SEPARATOR = '|';

/** The model file's shape (written by scripts/train-claims.ts). */
export interface ClaimModelFile {
  version: 2;
  /** Feature names joined by CLAIM_FEATURE_SEPARATOR, in weight order. */
  features: string;
  /** Little-endian Float32 weights, base64. */
  weights: string;
  /** Probability thresholds per sensitivity, tuned on the dev sets. */
  thresholds: { fewer: number; balanced: number; more: number };
  trainedOn: string;
}

/** A loaded model: probability that a sentence is a check-worthy claim. */
export interface ClaimModel {
  score(sentence: string): number;
  thresholds: ClaimModelFile['thresholds'];
}

export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  const names = file.features.split(CLAIM_FEATURE_SEPARATOR);
  const bytes = bytesFromBase64(file.weights);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const index = new Map<string, number>();
  // A plain loop: a callback per feature was a third of the cold load in Chromium.
  for (let i = 0; i < names.length; i++) index.set(names[i]!, i);
  return {
    thresholds: file.thresholds,
    score(sentence) {
      const features = claimFeatures(sentence);
      let z = 0;
      for (const feature of features) {
        const i = index.get(feature);
        if (i !== undefined) z += weights[i]!;
      }
      return 1 / (1 + Math.exp(-z / Math.sqrt(features.length)));
    },
  };
}
