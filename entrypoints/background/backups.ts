import { backedUpFile, backUp, backupBehind, backupFile, changedFile } from '@/utils/store/transfer/backup';
import { backupShelf, database } from './database-connection';

/** A backup waits for the user to pause (no request for this long), but never longer than the second. */
const quietMs = 3_000;
const longestWaitMs = 60_000;

let running: Promise<void> | undefined;
let again = false;
let waitingSince: number | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the backup; never two at once: changes made meanwhile get one more right after. */
function run(): Promise<void> {
  waitingSince = undefined;
  const shelf = backupShelf();
  if (!shelf) return Promise.resolve();
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

function schedule(): void {
  if (waitingSince === undefined) return;
  clearTimeout(timer);
  timer = setTimeout(() => void run(), Math.max(0, Math.min(quietMs, waitingSince + longestWaitMs - Date.now())));
}

/**
 * After a change: notes at once when the store changed (so a lost database's notice can say
 * what the backup missed), and writes the backup once the user pauses. Copying 10,000
 * contacts takes a second or two of the browser's time: not while they search or type.
 */
export async function backUpAfterChange(now: number): Promise<void> {
  const shelf = backupShelf();
  if (!shelf) return;
  await shelf.write(changedFile, String(now)).catch(() => undefined);
  waitingSince ??= Date.now();
  schedule();
}

/** Any request means the user is busy: a waiting backup waits a little longer. */
export function postponeBackup(): void {
  schedule();
}

/** The safety check's part: a backup the worker was stopped before writing is written now. */
export async function backUpIfBehind(): Promise<void> {
  const shelf = backupShelf();
  if (shelf && (await backupBehind(shelf))) await run();
}

/** Before erasing everything: the backup goes first, so an erased store is never "restored". */
export async function forgetBackup(): Promise<void> {
  const shelf = backupShelf();
  await Promise.all([backupFile, changedFile, backedUpFile].map((name) => shelf?.remove(name)));
}
