/**
 * The language engine built from the model files: entity tagger, name lists, word clusters
 * and claim model, loaded once, then text in, analysis out. The files are handed in, not
 * imported: the background fetches them from the extension package when an analysis first
 * needs them, so that waking the background for anything else does not load 1.8 MB.
 */
import type { TextAnalysis } from '../model/analysis';
import { errorMessage } from '../model/result';
import { analyzeText } from './analyze';
import { type ClaimModelFile, loadClaimModel, unpackClaimModel } from './claim-model';
import { findClaimsWithModel } from './claim-scorer';
import { tagEntities } from './entities-tagger';
import { type GazetteerFile, loadCountryNames, loadGazetteer, unpackGazetteer } from './gazetteer';
import type { Lexicon } from './ner-features';
import { loadNerModel, type NerModel, type NerModelFile, unpackNerModel } from './ner-model';
import { loadWordClusters, unpackWordClusters, type WordClustersFile } from './word-clusters';

/** The shipped model files, read. */
export interface ModelFiles {
  ner: NerModelFile;
  gazetteer: GazetteerFile;
  clusters: WordClustersFile;
  claims: ClaimModelFile;
}

/** Where each model file ships, relative to the extension's root (build.mjs copies them there). */
export const MODEL_FILE_PATHS: Record<keyof ModelFiles, string> = {
  ner: 'models/ner-model.bin',
  gazetteer: 'models/gazetteer.bin',
  clusters: 'models/word-clusters.bin',
  claims: 'models/claims-model.bin',
};

/** A file's bytes, as fetched (ArrayBuffer) or read from disk in Node (Uint8Array). */
export type FileBytes = ArrayBuffer | Uint8Array;

/** The model files read from their bytes; throws, naming the file, on one that is not whole. */
export function modelFilesFromBytes(bytes: Record<keyof ModelFiles, FileBytes>): ModelFiles {
  const read = <T>(name: keyof ModelFiles, decode: (file: FileBytes) => T): T => {
    try {
      return decode(bytes[name]);
    } catch (error) {
      throw new Error(`${MODEL_FILE_PATHS[name]}: ${errorMessage(error)}`);
    }
  };
  return {
    ner: read('ner', unpackNerModel),
    gazetteer: read('gazetteer', unpackGazetteer),
    clusters: read('clusters', unpackWordClusters),
    claims: read('claims', unpackClaimModel),
  };
}

/** Analyses a text, claims kept from `claimThreshold` up. */
export type LanguageEngine = (text: string, claimThreshold: number) => TextAnalysis;

/** The name lists and word clusters the tagger's features read (training reads them too). */
export function loadLexicon(files: Pick<ModelFiles, 'gazetteer' | 'clusters'>): Required<Lexicon> {
  return { gazetteer: loadGazetteer(files.gazetteer), clusters: loadWordClusters(files.clusters) };
}

/** The entity tagger with its lexicon. */
export function loadEntityTagger(files: Pick<ModelFiles, 'ner' | 'gazetteer' | 'clusters'>): NerModel {
  return loadNerModel(files.ner, loadLexicon(files));
}

export function createLanguageEngine(files: ModelFiles): LanguageEngine {
  const tagger = loadEntityTagger(files);
  const countries = loadCountryNames(files.gazetteer);
  const claims = loadClaimModel(files.claims);
  return (text, claimThreshold) =>
    analyzeText(
      text,
      (t, sentences) => tagEntities(tagger, t, sentences),
      (t, entities, threshold, sentences) => findClaimsWithModel(claims, t, entities, threshold, sentences),
      claimThreshold,
      countries,
    );
}
