import { backedUpFile, backUp, backupBehind, backupFile, changedFile } from '@/utils/store/backup';
import { backupShelf, database } from './database-connection';

let running: Promise<void> | undefined;
let again = false;

/**
 * After a change: notes when the store changed, then writes the backup. Backups never overlap;
 * changes made while one is written are caught by one more right after it, so a burst of
 * saves costs two backups, not one per save. A failure is logged: the previous backup stays.
 */
export async function backUpAfterChange(now: number): Promise<void> {
  const shelf = backupShelf();
  if (!shelf) return;
  await shelf.write(changedFile, String(now)).catch(() => undefined);
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const done = await backUp(await database(), shelf, Date.now());
      if (!done.ok) console.error('Could not write the backup:', done.error);
    } while (again);
  })()
    .catch((error: unknown) => console.error('Could not write the backup:', error))
    .finally(() => (running = undefined));
  return running;
}

/** The safety check's part: a backup the worker was stopped before writing is written now. */
export async function backUpIfBehind(): Promise<void> {
  const shelf = backupShelf();
  if (shelf && (await backupBehind(shelf))) await backUpAfterChange(Date.now());
}

/** Before erasing everything: the backup goes first, so an erased store is never "restored". */
export async function forgetBackup(): Promise<void> {
  const shelf = backupShelf();
  await Promise.all([backupFile, changedFile, backedUpFile].map((name) => shelf?.remove(name)));
}
