/**
 * The shipped model files imported as modules, and the models loaded from them once: for
 * tests, benchmarks and training scripts, which run in Node. The extension never imports
 * this (test/arch): its background fetches the same files from its package.
 */
import { type ClaimModel, loadClaimModel } from './claim-model';
import { loadEntityTagger, type ModelFiles } from './language-engine';
import claimsFile from './models/claims-model.json';
import gazetteerFile from './models/gazetteer.json';
import nerFile from './models/ner-model.json';
import clustersFile from './models/word-clusters.json';
import type { NerModel } from './ner-model';

export const shippedModelFiles = { ner: nerFile, gazetteer: gazetteerFile, clusters: clustersFile, claims: claimsFile } as ModelFiles;

let ner: NerModel | undefined;
let claims: ClaimModel | undefined;

export function nerModel(): NerModel {
  ner ??= loadEntityTagger(shippedModelFiles);
  return ner;
}

export function claimModel(): ClaimModel {
  claims ??= loadClaimModel(shippedModelFiles.claims);
  return claims;
}
