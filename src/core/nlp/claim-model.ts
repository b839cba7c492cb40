/**
 * The trained check-worthiness model: logistic regression over claimFeatures, shipped
 * (model-pack) as feature keys (hashed names, see feature-keys) and a flat Float32 weight
 * array, so it loads with nothing decoded or built per feature.
 * A sentence's features are scaled by 1/sqrt(their count), so a long sentence does not
 * score high merely by having many features.
 */
import { claimFeatures } from './claim-features';
import { decodeFeatureKeys } from './feature-keys';
import { unpackModelFile } from './model-pack';

/** The model file's content (written by scripts/train-claims.ts). */
export interface ClaimModelFile {
  version: 4;
  /** Feature names as sorted hashes (feature-keys), in weight order. */
  keys: Uint32Array;
  weights: Float32Array;
  /** Probability thresholds per sensitivity, tuned on the dev sets. */
  thresholds: { fewer: number; balanced: number; more: number };
  trainedOn: string;
}

export function unpackClaimModel(bytes: ArrayBuffer | Uint8Array): ClaimModelFile {
  return unpackModelFile<ClaimModelFile>(bytes, 4, { keys: Uint32Array, weights: Float32Array });
}

/** A loaded model: probability that a sentence is a check-worthy claim. */
export interface ClaimModel {
  score(sentence: string): number;
  thresholds: ClaimModelFile['thresholds'];
}

export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  const keys = decodeFeatureKeys(file.keys);
  const weights = file.weights;
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
