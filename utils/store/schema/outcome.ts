import { storeText } from './store-text';

/**
 * What every worker operation answers: the value, or a plain-words reason the user can act
 * on. Failures are values so a page can show them; nothing a user can trigger throws.
 * `storage` marks a failure of the browser's storage rather than of the request: the worker
 * then checks that the database is still there before it answers (a full disk can cost it).
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string; storage?: true };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Outcome<T> {
  return { ok: false, error };
}

/** Turns a database or transaction failure into plain words that say what happened. */
export function failureOf(error: unknown): Outcome<never> {
  const detail = error instanceof Error ? error.message : String(error);
  if (!(error instanceof DOMException)) return fail(storeText.failed(detail));
  if (error.name === 'QuotaExceededError') return { ok: false, error: storeText.full, storage: true };
  if (error.name === 'InvalidStateError' || error.name === 'AbortError') return { ok: false, error: storeText.closed, storage: true };
  // Chromium's "Internal error …" when its files cannot be written or read back.
  if (error.name === 'UnknownError' || error.name === 'DataError') return { ok: false, error: storeText.damaged(detail), storage: true };
  return { ok: false, error: storeText.refused(detail), storage: true };
}
