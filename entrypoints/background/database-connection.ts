import { openDatabase, type Database } from '@/utils/store/database';

let opening: Promise<Database> | undefined;

/**
 * The worker's one connection, opened on first use. The worker can be stopped at any time,
 * so nothing else is kept in memory: every answer comes from the database.
 */
export function database(): Promise<Database> {
  opening ??= openDatabase({ onClosed: forgetDatabase }).catch((error: unknown) => {
    forgetDatabase();
    throw error;
  });
  return opening;
}

/** Drops the cached connection: after the browser closed it, and between tests. */
export function forgetDatabase(): void {
  opening = undefined;
}
