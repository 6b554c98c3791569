import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { forgetBackup } from '@/entrypoints/background/backups';
import { database, forgetDatabase, noticeNotification, recheckDatabase, useShelf } from '@/entrypoints/background/database-connection';
import type { WorkerRequest } from '@/utils/messaging/messages';
import { backUp } from '@/utils/store/transfer/backup';
import { monday, profileOf } from '../store/made-up';
import { memoryShelf } from '../store/memory-shelf';

const clock = { now: monday, timeZone: 'Europe/Berlin' };
const ask = (type: WorkerRequest, data: unknown) => answerRequest(database, type, data, clock);
const amara = profileOf('amara-example');
const tomasz = profileOf('tomasz-example');
let shelf: ReturnType<typeof memoryShelf>;

/** What Chromium does to a database it judges damaged: gone, and opened next time as new and empty. */
async function browserDeletesTheDatabase() {
  (await database()).close();
  forgetDatabase();
  globalThis.indexedDB = new IDBFactory();
}

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  shelf = memoryShelf();
  useShelf(shelf);
  await ask('saveContact', { profile: amara, notes: 'Met at the data summit' });
  await ask('saveContact', { profile: tomasz });
  await backUp(await database(), shelf, monday);
});
afterEach(() => useShelf(undefined));

describe('when the browser deleted the database', () => {
  it('the next request finds the contacts brought back, and a notification and the pages say so', async () => {
    await browserDeletesTheDatabase();
    expect(await ask('listContacts', {})).toMatchObject({ ok: true, value: { total: 2 } });
    const notifications = await fakeBrowser.notifications.getAll();
    expect(notifications[noticeNotification]).toMatchObject({ title: 'Your contacts were brought back' });
    expect(await ask('storeNotice', {})).toMatchObject({ ok: true, value: { kind: 'restored', contacts: 2, backupAt: monday } });
    // Once read, it is gone from every page and from the notification area.
    expect(await ask('storeNotice', { dismiss: true })).toEqual({ ok: true, value: null });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('when the backup cannot be put back yet, nothing is written into the empty database and every answer says why', async () => {
    await browserDeletesTheDatabase();
    // The disk is full: the restore is refused, as every write is.
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores, mode, ...rest) {
      return mode === 'readwrite' ? refuse() : original.call(this, stores, mode, ...rest);
    };
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    try {
      await ask('listContacts', {});
      const save = await ask('saveContact', { profile: profileOf('new-person') });
      expect(notify).toHaveBeenCalledTimes(1); // every request tries again; the user hears the news once
      expect(save).toMatchObject({ ok: false, error: expect.stringContaining('the disk is too full to put it back. Saving is paused') });
      expect(await ask('storeNotice', {})).toMatchObject({ ok: true, value: { kind: 'lost', reason: 'full', contacts: 2 } });
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    // Space again: the next request puts the backup back first, and the empty one never took a write.
    expect(await ask('listContacts', {})).toMatchObject({ ok: true, value: { total: 2 } });
    expect(await ask('getContact', { url: profileOf('new-person').url })).toEqual({ ok: true, value: null });
    expect(await ask('storeNotice', {})).toMatchObject({ ok: true, value: { kind: 'restored' } });
  });

  it('after a refused write, the worker checks the database again before it answers', async () => {
    await browserDeletesTheDatabase();
    forgetDatabase();
    const found = await recheckDatabase();
    expect(found).toMatchObject({ notice: { kind: 'restored', contacts: 2 } });
    expect(await recheckDatabase()).toBeUndefined(); // intact now: nothing new to tell
  });
});

describe('erasing everything', () => {
  it('is never undone by the backup', async () => {
    await forgetBackup(); // what the worker does before it erases
    expect(await ask('eraseAll', { confirm: true })).toMatchObject({ ok: true });
    await browserDeletesTheDatabase();
    expect(await ask('listContacts', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await ask('storeNotice', {})).toEqual({ ok: true, value: null });
  });
});
