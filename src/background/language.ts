/**
 * The language engine of this background's life. Its models (1.8 MB) are files of the
 * package, read when an analysis first needs them: inside the background script they had
 * made every wake-up of the service worker about 120 ms slower, saving a note or opening
 * the popup included.
 */
import { createLanguageEngine, type FileBytes, type LanguageEngine, MODEL_FILE_PATHS, type ModelFiles, modelFilesFromBytes } from '../core/nlp/language-engine';
import { onceUntilFailure } from '../core/once-until-failure';

/** Reads the bytes of one file of the package (platform/browser readPackagedFile). */
export type ReadPackagedFile = (path: string) => Promise<FileBytes>;

/**
 * User Timing marks left by a load, once per worker life: when the first analysis asked
 * for the models, when their files had been read, and when the engine was built from
 * them. bench:ner reads them to split the cold start into its parts.
 */
export const ENGINE_LOAD_MARKS = {
  requested: 'gloss:models-requested',
  read: 'gloss:models-read',
  ready: 'gloss:engine-ready',
} as const;

/** Loads the engine once per worker life; a failed load is tried again on the next call. */
export function engineLoader(read: ReadPackagedFile): () => Promise<LanguageEngine> {
  const readModelFiles = async (): Promise<ModelFiles> => {
    const entries = await Promise.all(Object.entries(MODEL_FILE_PATHS).map(async ([name, path]) => [name, await read(path)] as const));
    performance.mark(ENGINE_LOAD_MARKS.read);
    return modelFilesFromBytes(Object.fromEntries(entries) as Record<keyof ModelFiles, FileBytes>);
  };
  return onceUntilFailure(async () => {
    // A failed load left its marks: the next attempt's stand alone.
    for (const name of Object.values(ENGINE_LOAD_MARKS)) performance.clearMarks(name);
    performance.mark(ENGINE_LOAD_MARKS.requested);
    const engine = createLanguageEngine(await readModelFiles());
    performance.mark(ENGINE_LOAD_MARKS.ready);
    return engine;
  });
}
