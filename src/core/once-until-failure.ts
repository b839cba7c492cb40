/**
 * A load run once, its answer shared by every caller; a failed load is forgotten, so that
 * the next call tries again (a database that would not open, model files that could not be read).
 */
export function onceUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
