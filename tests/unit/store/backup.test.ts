import { describe, expect, it } from 'vitest';
import { backUp, backupBehind, backupFile, changedFile, checkStore, savingPaused, type StoreCheck, type StoreNotice } from '@/utils/store/transfer/backup';
import { getContact, listContacts } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { exportData } from '@/utils/store/transfer/export-data';
import { readSettings, saveSettings } from '@/utils/store/schema/settings';
import { storeNoticeText } from '@/utils/store/transfer/store-notice-text';
import { berlin, clockAt, day, freshDatabase, hour, monday, profileOf } from './made-up';
import { memoryShelf } from './memory-shelf';

const amara = profileOf('amara-example');
const tomasz = profileOf('tomasz-example');
const me = { name: 'Sam', intro: 'A data engineer' };

/** A store with two contacts and Me, backed up on Monday morning. */
async function backedUpStore() {
  const db = await freshDatabase();
  const shelf = memoryShelf();
  await saveContact(db, { profile: amara, notes: 'Met at the data summit' }, clockAt(monday));
  await saveContact(db, { profile: tomasz }, clockAt(monday));
  await saveSettings(db, { me });
  expect(await backUp(db, shelf, monday + hour)).toEqual({ ok: true, value: { contacts: 2 } });
  return { db, shelf };
}

function noticeOf(check: StoreCheck): StoreNotice {
  if (check.kind === 'intact') throw new Error('The store was found intact.');
  return check.notice;
}

/** Refuses every write, as Chromium does on a full disk. */
function diskFull(db: Database): Database {
  const transaction = db.transaction.bind(db);
  return Object.assign(db, {
    transaction: (stores: never, mode?: IDBTransactionMode) => {
      if (mode === 'readwrite') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return transaction(stores, mode as never);
    },
  });
}

describe('the backup', () => {
  it('is an export file, so a user can import it like any export', async () => {
    const { db, shelf } = await backedUpStore();
    const exported = await exportData(db, monday + hour);
    expect(JSON.parse(shelf.files.get(backupFile)!)).toEqual(exported.ok && exported.value);
  });

  it('knows when the store changed after it was written', async () => {
    const { shelf } = await backedUpStore();
    expect(await backupBehind(shelf)).toBe(false);
    await shelf.write(changedFile, String(monday + 2 * hour));
    expect(await backupBehind(shelf)).toBe(true);
  });
});

describe('a database found empty on opening', () => {
  it('is left alone when it still holds data', async () => {
    const { db, shelf } = await backedUpStore();
    expect(await checkStore(db, shelf, monday + day)).toEqual({ kind: 'intact' });
  });

  it('is left alone when nothing was ever saved (no backup), or everything was erased (backup removed)', async () => {
    expect(await checkStore(await freshDatabase(), memoryShelf(), monday)).toEqual({ kind: 'intact' });
  });

  it('when the browser deleted it: every contact, follow-up and Me come back from the backup, and the user is told from when', async () => {
    const { shelf } = await backedUpStore();
    const recreated = await freshDatabase(); // what the worker opens after Chromium deleted the damaged one
    const check = await checkStore(recreated, shelf, monday + day);
    expect(check).toEqual({
      kind: 'restored',
      notice: { kind: 'restored', at: monday + day, backupAt: monday + hour, contacts: 2, followUps: 2 },
    });
    expect(await listContacts(recreated, {})).toMatchObject({ ok: true, value: { total: 2 } });
    expect(await getContact(recreated, { url: amara.url })).toMatchObject({
      ok: true,
      value: { contact: { notes: 'Met at the data summit' }, followUps: [{ kind: 'check-in', state: 'pending' }] },
    });
    expect(await readSettings(recreated)).toMatchObject({ ok: true, value: { me } });
    const words = storeNoticeText(noticeOf(check), berlin);
    expect(words).toEqual({
      title: 'Your contacts were brought back',
      message:
        'Your browser lost the extension’s database (this can happen when the disk fills up). 2 contacts, their follow-ups and Me were brought back from the backup of 4 May 2026, 11:00. Nothing else was lost.',
    });
  });

  it('says exactly which changes the backup missed', async () => {
    const { shelf } = await backedUpStore();
    await shelf.write(changedFile, String(monday + 3 * hour));
    const check = await checkStore(await freshDatabase(), shelf, monday + day);
    expect(check).toMatchObject({ kind: 'restored', notice: { changedAt: monday + 3 * hour } });
    expect(storeNoticeText(noticeOf(check), berlin).message).toContain(
      'Changes made after that, up to 4 May 2026, 13:00, could not be brought back: please check your latest notes.',
    );
  });

  it('when the disk is too full to put the backup back: reported lost, saving paused, the way back named', async () => {
    const { shelf } = await backedUpStore();
    const recreated = diskFull(await freshDatabase());
    const check = await checkStore(recreated, shelf, monday + day);
    expect(check).toEqual({ kind: 'lost', notice: { kind: 'lost', at: monday + day, backupAt: monday + hour, contacts: 2, reason: 'full' } });
    expect(savingPaused(noticeOf(check))).toBe(true);
    expect(storeNoticeText(noticeOf(check), berlin)).toEqual({
      title: 'Your contacts are waiting to come back',
      message:
        'Your browser lost the extension’s database (this can happen when the disk fills up). The backup of 4 May 2026, 11:00 with 2 contacts is safe, but the disk is too full to put it back. Saving is paused so nothing is written into the empty database. Free some disk space, then reload this page: your contacts come back by themselves.',
    });
    // The backup is still there for the next try.
    expect(JSON.parse(shelf.files.get(backupFile)!).contacts).toHaveLength(2);
  });

  it('changed but never backed up (the worker stopped first): the user is told, not left with an empty list', async () => {
    const shelf = memoryShelf();
    await shelf.write(changedFile, String(monday));
    const check = await checkStore(await freshDatabase(), shelf, monday + hour);
    expect(check).toMatchObject({ kind: 'lost', notice: { reason: 'missing' } });
    expect(savingPaused(noticeOf(check))).toBe(false);
    expect(storeNoticeText(noticeOf(check), berlin).message).toContain('It had not been backed up yet.');
    // Told once: the next opening finds a store that starts afresh.
    expect(await checkStore(await freshDatabase(), shelf, monday + 2 * hour)).toEqual({ kind: 'intact' });
  });

  it('with a damaged backup: the user is told, and pointed at their own export; saving is not paused for nothing', async () => {
    const shelf = memoryShelf();
    await shelf.write(backupFile, '{"format":"mentor-outreach","ver');
    const check = await checkStore(await freshDatabase(), shelf, monday);
    expect(check).toMatchObject({ kind: 'lost', notice: { reason: 'unreadable' } });
    expect(savingPaused(noticeOf(check))).toBe(false);
    expect(storeNoticeText(noticeOf(check), berlin).message).toContain('choose “Import…” under “Your data” on the “Me” page');
    expect(await checkStore(await freshDatabase(), shelf, monday + hour)).toEqual({ kind: 'intact' });
  });
});
