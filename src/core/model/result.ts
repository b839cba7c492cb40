/** Error codes that may cross a context boundary; a closed set so callers can switch on them. */
export type ErrorCode =
  | 'bad-request'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unavailable'
  | 'no-article'
  | 'internal';

/** An expected failure, carried as a value. */
export interface Failure {
  code: ErrorCode;
  message: string;
}

/** The outcome of an operation that may fail in an expected way. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** What a thrown value says: an Error's message, or the value itself as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
