import type { Database } from '../schema/database';
import { exportData } from './export-data';
import { importData } from './import-data';
import { fail, succeed, type Outcome } from '../schema/outcome';
import { parseExport } from './parse-export';
import { storeText } from '../schema/store-text';

/**
 * Where the second copy lives: a few named texts outside the site storage IndexedDB is part
 * of (the worker uses the extension's storage.local). Chromium deletes a database it judges
 * damaged after a write fails on a full disk, with the rest of that site storage.
 */
export interface Shelf {
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
  remove(name: string): Promise<void>;
}

/** The backup: an export file, the same format the user downloads and imports. */
export const backupFile = 'backup.json';
/** When the store last changed and when it was last backed up (epoch ms), to know what a backup lacks. */
export const changedFile = 'changed-at';
export const backedUpFile = 'backed-up-at';

/** What the user is told once the database was found lost; kept until they dismiss it. */
export type StoreNotice =
  | {
      kind: 'restored';
      /** When it was found and brought back. */
      at: number;
      backupAt: number;
      contacts: number;
      followUps: number;
      /** The last change the backup missed, when it missed one. */
      changedAt?: number;
    }
  | {
      kind: 'lost';
      at: number;
      /** The backup kept for later, when there is one. */
      backupAt?: number;
      contacts: number;
      /** Why it could not be brought back: no room, the browser refused, the backup is damaged, or there was none yet. */
      reason: 'full' | 'refused' | 'unreadable' | 'missing';
    };

export type StoreCheck = { kind: 'intact' } | { kind: 'restored' | 'lost'; notice: StoreNotice };

/** Whether saving must wait: a backup is there to put back, and an empty database must not be written first. */
export function savingPaused(notice: StoreNotice | undefined): boolean {
  return notice?.kind === 'lost' && (notice.reason === 'full' || notice.reason === 'refused');
}

const intact: StoreCheck = { kind: 'intact' };

const timeIn = async (shelf: Shelf, name: string) => Number((await shelf.read(name)) ?? 0) || 0;

/**
 * The largest backup written: storage.local takes a value in one message to the browser,
 * and messages stop at 64 MiB. A larger store is kept by exporting it (in pages).
 */
export const largestBackupCharacters = 50_000_000;

/** Writes the whole store to the shelf, as an export file. */
export async function backUp(db: Database, shelf: Shelf, now: number): Promise<Outcome<{ contacts: number }>> {
  const file = await exportData(db, now);
  if (!file.ok) return file;
  const text = JSON.stringify(file.value);
  if (text.length > largestBackupCharacters) return fail(storeText.backupTooLarge(largestBackupCharacters));
  await shelf.write(backupFile, text);
  await shelf.write(backedUpFile, String(now));
  return succeed({ contacts: file.value.contacts.length });
}

/** Whether the store changed after its last backup. */
export async function backupBehind(shelf: Shelf): Promise<boolean> {
  return (await timeIn(shelf, changedFile)) > (await timeIn(shelf, backedUpFile));
}

/** One key read, not a count: Chromium counts a store record by record (10,000 contacts: tens of ms at every worker start). */
async function isEmpty(db: Database): Promise<boolean> {
  return (await db.getAllKeys('contacts', undefined, 1)).length === 0 && (await db.get('settings', 'settings')) === undefined;
}

/**
 * Run on every opening of the database, before any request touches it. A store that is empty
 * while the backup holds contacts or Me was lost (deleted by the browser, or evicted): it is
 * brought back from the backup, or, when that fails too, reported lost so nothing is written
 * into the empty one. A store never used, or erased by the user, has no backup to miss.
 */
export async function checkStore(db: Database, shelf: Shelf, now: number): Promise<StoreCheck> {
  if (!(await isEmpty(db))) return intact;
  const text = await shelf.read(backupFile);
  // Changed, yet never backed up: the worker was stopped before its first backup.
  if (text === undefined) {
    if (!(await timeIn(shelf, changedFile))) return intact;
    await shelf.remove(changedFile); // told once: the store starts afresh from here
    return { kind: 'lost', notice: { kind: 'lost', at: now, contacts: 0, reason: 'missing' } };
  }
  const parsed = parseExport(text);
  if (!parsed.ok) {
    await Promise.all([backupFile, changedFile].map((name) => shelf.remove(name)));
    return { kind: 'lost', notice: { kind: 'lost', at: now, contacts: 0, reason: 'unreadable' } };
  }
  const backup = parsed.value;
  if (backup.contacts.length === 0 && backup.settings.me === null) return intact;
  const changedAt = await timeIn(shelf, changedFile);
  const restored = await importData(db, text, true);
  if (!restored.ok) {
    const reason = restored.error === storeText.full ? 'full' : 'refused';
    return { kind: 'lost', notice: { kind: 'lost', at: now, backupAt: backup.exportedAt, contacts: backup.contacts.length, reason } };
  }
  const notice: StoreNotice = {
    kind: 'restored',
    at: now,
    backupAt: backup.exportedAt,
    contacts: backup.contacts.length,
    followUps: backup.followUps.length,
    ...(changedAt > backup.exportedAt && { changedAt }),
  };
  return { kind: 'restored', notice };
}
