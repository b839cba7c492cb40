/**
 * The trained check-worthiness model: logistic regression over claimFeatures, shipped as
 * feature keys (hashed names, see feature-keys) and a flat Float32 weight array (base64),
 * so it loads with two decodes and nothing built per feature.
 * A sentence's features are scaled by 1/sqrt(their count), so a long sentence does not
 * score high merely by having many features.
 */
import { bytesFromBase64 } from './base64';
import { claimFeatures } from './claim-features';
import { decodeFeatureKeys } from './feature-keys';

/** The model file's shape (written by scripts/train-claims.ts). */
export interface ClaimModelFile {
  version: 3;
  /** Feature names as sorted hashes (feature-keys), in weight order. */
  keys: string;
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
  const keys = decodeFeatureKeys(file.keys);
  const bytes = bytesFromBase64(file.weights);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return {
    thresholds: file.thresholds,
    score(sentence) {
      const features = claimFeatures(sentence);
      let z = 0;
      for (const feature of features) {
        const i = keys.rowOf(feature);
        if (i >= 0) z += weights[i]!;
      }
      return 1 / (1 + Math.exp(-z / Math.sqrt(features.length)));
    },
  };
}
