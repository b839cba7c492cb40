/**
 * The language engine of this background's life. Its models (2.5 MB) are files of the
 * package, read when an analysis first needs them: inside the background script they had
 * made every wake-up of the service worker about 120 ms slower, saving a note or opening
 * the popup included.
 */
import { createLanguageEngine, type LanguageEngine, MODEL_FILE_PATHS, type ModelFiles } from '../core/nlp/language-engine';
import { onceUntilFailure } from '../core/once-until-failure';

/** Reads one file of the package, parsed (platform/browser readPackagedJson). */
export type ReadPackagedJson = (path: string) => Promise<unknown>;

/** Loads the engine once per worker life; a failed load is tried again on the next call. */
export function engineLoader(read: ReadPackagedJson): () => Promise<LanguageEngine> {
  const readModelFiles = async (): Promise<ModelFiles> => {
    const entries = await Promise.all(Object.entries(MODEL_FILE_PATHS).map(async ([name, path]) => [name, await read(path)] as const));
    // The package's own files, written by the training scripts: read as they were written.
    return Object.fromEntries(entries) as unknown as ModelFiles;
  };
  return onceUntilFailure(async () => createLanguageEngine(await readModelFiles()));
}
