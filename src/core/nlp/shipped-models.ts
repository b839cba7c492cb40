/**
 * The shipped model files imported as modules, with the models loaded from them once: for
 * tests, benchmarks and training scripts, which run in Node. The extension never imports
 * this (test/arch): its background fetches the same files from its package.
 */
import type { CountryNames } from '../model/analysis';
import { type ClaimModel, loadClaimModel } from './claim-model';
import { loadCountryNames, loadGazetteer } from './gazetteer';
import { createLanguageEngine, type LanguageEngine, type ModelFiles } from './language-engine';
import claimsFile from './models/claims-model.json';
import gazetteerFile from './models/gazetteer.json';
import nerFile from './models/ner-model.json';
import clustersFile from './models/word-clusters.json';
import { loadNerModel, type NerModel } from './ner-model';
import { loadWordClusters } from './word-clusters';

export const shippedModelFiles = { ner: nerFile, gazetteer: gazetteerFile, clusters: clustersFile, claims: claimsFile } as ModelFiles;

let ner: NerModel | undefined;
let claims: ClaimModel | undefined;
let countries: CountryNames | undefined;
let engine: LanguageEngine | undefined;

export function nerModel(): NerModel {
  const { ner: file, gazetteer, clusters } = shippedModelFiles;
  ner ??= loadNerModel(file, { gazetteer: loadGazetteer(gazetteer), clusters: loadWordClusters(clusters) });
  return ner;
}

export function claimModel(): ClaimModel {
  claims ??= loadClaimModel(shippedModelFiles.claims);
  return claims;
}

export function countryNames(): CountryNames {
  countries ??= loadCountryNames(shippedModelFiles.gazetteer);
  return countries;
}

export function shippedLanguageEngine(): LanguageEngine {
  engine ??= createLanguageEngine(shippedModelFiles);
  return engine;
}
