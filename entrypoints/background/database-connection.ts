import { browser } from 'wxt/browser';
import { checkStore, savingPaused, type Shelf, type StoreNotice } from '@/utils/store/transfer/backup';
import { openDatabase, type Database } from '@/utils/store/schema/database';
import { storeNoticeText } from '@/utils/store/transfer/store-notice-text';
import { clockFor } from './clock';
import { extensionShelf } from './extension-shelf';

let opening: Promise<Database> | undefined;
let shelf: Shelf | undefined = extensionShelf();
/** What the last opening found, when it found the database lost. */
let found: StoreNotice | undefined;

/** The notice file on the shelf, and the notification that carries the same words. */
export const noticeFile = 'notice.json';
export const noticeNotification = 'store-notice';

/** The database was lost and its backup is waiting to be put back: no request may write. */
export class StoreLostError extends Error {
  override name = 'StoreLostError';
}

/** The shelf the backup lives on. */
export function backupShelf(): Shelf | undefined {
  return shelf;
}

/** For tests: a shelf of their own. */
export function useShelf(replacement: Shelf | undefined): void {
  shelf = replacement;
}

export async function storeNotice(): Promise<StoreNotice | null> {
  const text = await shelf?.read(noticeFile);
  return text ? (JSON.parse(text) as StoreNotice) : null;
}

export async function dismissStoreNotice(): Promise<void> {
  await shelf?.remove(noticeFile);
  await browser.notifications.clear(noticeNotification).catch(() => undefined);
}

const sameNews = (a: StoreNotice | null, b: StoreNotice) => a?.kind === b.kind && JSON.stringify({ ...a, at: 0 }) === JSON.stringify({ ...b, at: 0 });

/**
 * Keeps the notice for the pages and shows it as a notification, so the user hears of it even
 * with no page open. While saving is paused every request tries again: the same news once.
 */
async function tell(notice: StoreNotice, timeZone: string): Promise<void> {
  if (sameNews(await storeNotice().catch(() => null), notice)) return;
  await shelf?.write(noticeFile, JSON.stringify(notice)).catch(() => undefined);
  const { title, message } = storeNoticeText(notice, timeZone);
  await browser.notifications
    .create(noticeNotification, { type: 'basic', iconUrl: browser.runtime.getURL('/icon-128.png'), title, message })
    .catch(() => undefined);
}

/**
 * Opens the database and checks it still holds what the backup says it held, before anyone
 * uses it: a database the browser deleted is brought back from the backup, never silently
 * replaced by an empty one.
 */
async function openChecked(): Promise<Database> {
  const db = await openDatabase({ onClosed: forgetDatabase });
  if (!shelf) return db;
  const check = await checkStore(db, shelf, Date.now());
  if (check.kind === 'intact') return db;
  found = check.notice;
  const { timeZone } = await clockFor(db);
  await tell(check.notice, timeZone);
  if (savingPaused(check.notice)) {
    db.close();
    throw new StoreLostError(storeNoticeText(check.notice, timeZone).message);
  }
  return db;
}

/**
 * The worker's one connection, opened on first use. The worker can be stopped at any time,
 * so nothing else is kept in memory: every answer comes from the database.
 */
export function database(): Promise<Database> {
  opening ??= openChecked().catch((error: unknown) => {
    forgetDatabase();
    throw error;
  });
  return opening;
}

/** Drops the cached connection: after the browser closed it, and between tests. */
export function forgetDatabase(): void {
  opening = undefined;
}

/**
 * After a write the browser refused: closes the connection and opens the database afresh,
 * which finds out whether the database survived (and brings it back if not). Answers the
 * notice when it did not survive, or the failure to open it.
 */
export async function recheckDatabase(): Promise<{ notice: StoreNotice } | { error: unknown } | undefined> {
  const current = opening;
  forgetDatabase();
  await current?.then((db) => db.close(), () => undefined);
  found = undefined;
  try {
    await database();
  } catch (error) {
    if (!(error instanceof StoreLostError)) return { error };
  }
  return found && { notice: found };
}
