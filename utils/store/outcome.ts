import { storeText } from './store-text';

/**
 * What every worker operation answers: the value, or a plain-words reason the user can act
 * on. Failures are values so a page can show them; nothing a user can trigger throws.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Outcome<T> {
  return { ok: false, error };
}

/** Turns a database or transaction failure into a plain-words outcome. */
export function failureOf(error: unknown): Outcome<never> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return fail(storeText.full);
  if (name === 'InvalidStateError' || name === 'AbortError') return fail(storeText.closed);
  return fail(storeText.failed(error instanceof Error ? error.message : String(error)));
}
