/**
 * The trained check-worthiness model: logistic regression over claimFeatures, shipped as
 * a feature list and a flat Float32 weight array (base64), so it loads with one decode.
 */
import { claimFeatures } from './claim-features';

/** The model file's shape (written by scripts/train-claims.ts). */
export interface ClaimModelFile {
  version: 1;
  /** Feature names joined by "\n", in weight order. */
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

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes weights for the model file. */
export function encodeWeights(weights: Float32Array): string {
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  const names = file.features.split('\n');
  const bytes = decodeBase64(file.weights);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const index = new Map<string, number>();
  names.forEach((name, i) => index.set(name, i));
  return {
    thresholds: file.thresholds,
    score(sentence) {
      let z = 0;
      for (const feature of claimFeatures(sentence)) {
        const i = index.get(feature);
        if (i !== undefined) z += weights[i]!;
      }
      return 1 / (1 + Math.exp(-z));
    },
  };
}
