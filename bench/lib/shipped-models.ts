/**
 * The shipped model files read from disk, and the models loaded from them once: for
 * tests, benchmarks and training scripts, which run in Node. The extension never imports
 * this (test/arch): its background fetches the same files from its package.
 */
import { readFileSync } from 'node:fs';
import { type ClaimModel, loadClaimModel } from '../../src/core/nlp/claim-model';
import { loadEntityTagger, MODEL_FILE_PATHS, modelFilesFromBytes, type ModelFiles } from '../../src/core/nlp/language-engine';
import type { NerModel } from '../../src/core/nlp/ner-model';

/** A file of src/core/nlp/models, by its path in the package ("models/ner-model.bin"). */
export function shippedFileBytes(packagePath: string): Uint8Array {
  return readFileSync(new URL(`../../src/core/nlp/${packagePath}`, import.meta.url));
}

let files: ModelFiles | undefined;

/** All four files, read once (a training script reads only the files it needs, with shippedFileBytes). */
export function shippedModelFiles(): ModelFiles {
  files ??= modelFilesFromBytes({
    ner: shippedFileBytes(MODEL_FILE_PATHS.ner),
    gazetteer: shippedFileBytes(MODEL_FILE_PATHS.gazetteer),
    clusters: shippedFileBytes(MODEL_FILE_PATHS.clusters),
    claims: shippedFileBytes(MODEL_FILE_PATHS.claims),
  });
  return files;
}

let ner: NerModel | undefined;
let claims: ClaimModel | undefined;

export function nerModel(): NerModel {
  ner ??= loadEntityTagger(shippedModelFiles());
  return ner;
}

export function claimModel(): ClaimModel {
  claims ??= loadClaimModel(shippedModelFiles().claims);
  return claims;
}
