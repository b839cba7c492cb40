/**
 * The language engine of this background's life. Its models (2.5 MB) are files of the
 * package, fetched when an analysis first needs them: inside the background script they had
 * made every wake-up of the service worker about 120 ms slower, saving a note or opening
 * the popup included.
 */
import { createLanguageEngine, type LanguageEngine, MODEL_FILE_PATHS, type ModelFiles } from '../core/nlp/language-engine';
import { readPackagedJson } from '../platform/browser';

let loading: Promise<LanguageEngine> | undefined;

async function readModelFiles(): Promise<ModelFiles> {
  const entries = await Promise.all(Object.entries(MODEL_FILE_PATHS).map(async ([name, path]) => [name, await readPackagedJson(path)] as const));
  // The package's own files, written by the training scripts: read as they were written.
  return Object.fromEntries(entries) as unknown as ModelFiles;
}

/** Loads the models once per background life; a failure is retried on the next call. */
export function languageEngine(): Promise<LanguageEngine> {
  loading ??= readModelFiles()
    .then(createLanguageEngine)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
