import { allStores, type Database, type WriteTransaction } from './database';
import { failureOf, type Outcome } from './outcome';

/**
 * Runs `work` in one read-write transaction over every store, and answers only once the
 * transaction has completed: a worker stopped mid-save loses nothing it reported saved.
 * A failed outcome, a thrown error, or `commit` false (a dry run) rolls everything back.
 */
export async function inTransaction<T>(
  db: Database,
  work: (tx: WriteTransaction) => Promise<Outcome<T>>,
  commit = true,
): Promise<Outcome<T>> {
  let tx: WriteTransaction | undefined;
  try {
    tx = db.transaction(allStores, 'readwrite');
    // A write sent without a wait may abort the transaction while `work` still runs: its outcome is read below, never left unheard.
    tx.done.catch(() => undefined);
    const outcome = await work(tx);
    if (!outcome.ok || !commit) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return outcome;
    }
    await tx.done;
    return outcome;
  } catch (error) {
    // A write sent without a wait (an import's) that failed aborted the transaction: its error is the cause, what followed only says "aborted".
    const cause = tx?.error ?? error;
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted by the failing request itself.
    }
    return failureOf(cause);
  }
}
