import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import { applyImport, checkImport, saveExport, type Ask } from '@/utils/data/transfer';
import type { WorkerRequest } from '@/utils/messaging/messages';
import { exportData } from '@/utils/store/transfer/export-data';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import { exportPieces, pageCharacters } from '@/utils/store/transfer/export-pages';
import { parseExport, parseExportInSteps } from '@/utils/store/transfer/parse-export';
import { fail } from '@/utils/store/schema/outcome';
import { storeText } from '@/utils/store/schema/store-text';
import { largeProfile, manyContacts, monday, value } from '../store/made-up';

// Issue 15: the options page (and the dashboard's "Back up now") read and write the database
// themselves, as the worker does (same origin, same code): no message carries the store, and
// an import is one transaction, all of it or nothing. The worker (here answerRequest on the
// same fake-indexeddb) opens and checks the database first and hears of every import after.
const clock = { now: monday, timeZone: 'Europe/Berlin' };
const sent: { type: WorkerRequest; data: unknown; characters: number }[] = [];
const ask = (async (type: WorkerRequest, data: unknown) => {
  const reply = await answerRequest(database, type, data, clock);
  sent.push({ type, data, characters: JSON.stringify(data ?? null).length + JSON.stringify(reply).length });
  return reply;
}) as Ask;

function freshWorker() {
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  sent.length = 0;
}
beforeEach(() => {
  freshWorker();
  vi.spyOn(Date, 'now').mockReturnValue(monday); // the time an export is made, written in its file
});

/** "Export JSON" as the page does it: the file's text, and the progress it told. */
async function exportFile(kind: 'json' | 'csv' = 'json') {
  const files: { name: string; text: string; type: string }[] = [];
  const progress: [number, number][] = [];
  const saved = await saveExport(kind, {
    ask,
    download: (name, parts, type) => files.push({ name, text: parts.join(''), type }),
    storage: localStorage,
    onProgress: (done, total) => progress.push([done, total]),
  });
  return { saved, text: files[0]?.text ?? '', files, progress };
}

/** "Import…" then "Import" as the page does them. */
async function importText(text: string) {
  const checked = value(await checkImport(ask, text, () => undefined));
  return value(await applyImport(ask, checked.file, () => undefined));
}

const current = async () => value(await exportData(await database(), monday));

describe('export and import on the page', () => {
  it('exports two contacts of 12 million characters each and imports them back, byte for byte, with no message carrying the store', { timeout: 120_000 }, async () => {
    for (const slug of ['amara-example', 'tomasz-example']) {
      value(await ask('saveContact', { profile: largeProfile(slug, 12_000_000), notes: `Notes on ${slug}` }));
    }
    sent.length = 0;
    const first = await exportFile();
    expect(first.text.length).toBeGreaterThan(24_000_000);
    expect(value(first.saved).contacts).toBe(2);
    expect(first.progress.at(0)).toEqual([0, 2]);
    expect(first.progress.at(-1)).toEqual([2, 2]);
    // The file is the one the extension always wrote.
    expect(first.text).toBe(JSON.stringify(await current(), null, 2));

    freshWorker();
    await importText(first.text);
    expect((await exportFile()).text === first.text).toBe(true);
    expect(Math.max(...sent.map((message) => message.characters))).toBeLessThan(10_000);
    expect(pageCharacters * 6).toBeLessThan(64 * 1024 * 1024);
  });

  it('counts contacts as it exports, checks and imports, and a store exported, imported and exported again is the same file', { timeout: 60_000 }, async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(2_500, monday)), apply: true }));
    const first = await exportFile();
    expect(first.progress).toEqual([[0, 2_500], [1_000, 2_500], [2_000, 2_500], [2_500, 2_500]]);

    freshWorker();
    const checking: number[] = [];
    const checked = value(await checkImport(ask, first.text, (done) => checking.push(done)));
    expect(checking).toEqual([0, 1_000, 2_000, 2_500]);
    expect(checked.summary).toEqual({ contacts: 2_500, newContacts: 2_500, mergedContacts: 0, followUpsAdded: 2_500, settingsTaken: true });
    expect(value(await ask('listContacts', {})).total).toBe(0); // the check changed nothing
    sent.length = 0;
    const importing: [number, number][] = [];
    expect(value(await applyImport(ask, checked.file, (done, total) => importing.push([done, total])))).toEqual(checked.summary);
    expect(importing.at(-1)).toEqual([2_500, 2_500]);
    expect(importing.length).toBeGreaterThan(10);
    expect(importing.every(([done], index) => index === 0 || done > importing[index - 1]![0])).toBe(true);
    // The worker heard of it: nudges, badge and backup follow, and open pages are told.
    expect(sent.map((message) => message.type)).toEqual(['openStore', 'storeWritten']);
    // Line by line, so a difference shows where it is.
    expect((await exportFile()).text.split('\n')).toEqual(first.text.split('\n'));
  });

  it('writes nothing when the import fails part way (one transaction), says why, and has the worker check the database', async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(3, monday)), apply: true }));
    const before = await current();
    const checked = value(await checkImport(ask, JSON.stringify(manyContacts(2_000, monday + 1)), () => undefined));
    // The disk fills after 1,500 contacts were written.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      puts += 1;
      if (puts === 1_500) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    sent.length = 0;
    expect(await applyImport(ask, checked.file, () => undefined)).toEqual({ ok: false, error: storeText.full, storage: true });
    vi.restoreAllMocks();
    expect(sent.map((message) => [message.type, message.data])).toEqual([['openStore', undefined], ['storeWritten', { error: storeText.full }]]);
    expect(await current()).toEqual(before);
    expect(value(await ask('listContacts', {})).total).toBe(3);
  });

  it('writes nothing when a write the database refuses comes after thousands sent without a wait', async () => {
    const checked = value(await checkImport(ask, JSON.stringify(manyContacts(2_000, monday)), () => undefined));
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      puts += 1;
      // Refused by the database itself, later, as a full disk's write is: this one's key is taken.
      if (puts === 1_500) {
        put.apply(this, args);
        return this.add(...args);
      }
      return put.apply(this, args);
    });
    const outcome = await applyImport(ask, checked.file, () => undefined);
    vi.restoreAllMocks();
    expect(outcome).toMatchObject({ ok: false, storage: true });
    expect(value(await ask('listContacts', {})).total).toBe(0);
    expect(value(await ask('listDue', { until: monday + 1_000 * 86_400_000 }))).toEqual([]);
  });

  it('leaves a database the worker found lost alone: no export, no check, no import', async () => {
    const lost = ((type: WorkerRequest, data: unknown) =>
      type === 'openStore' ? Promise.resolve(fail('Your contacts are waiting to come back.')) : ask(type as never, data as never)) as Ask;
    const file = JSON.stringify(manyContacts(3, monday));
    const checked = value(await checkImport(ask, file, () => undefined));
    expect(await checkImport(lost, file, () => undefined)).toEqual(fail('Your contacts are waiting to come back.'));
    expect(await applyImport(lost, checked.file, () => undefined)).toEqual(fail('Your contacts are waiting to come back.'));
    const downloads: string[] = [];
    const saved = await saveExport('json', { ask: lost, download: (name) => downloads.push(name), storage: localStorage, onProgress: () => undefined });
    expect(saved).toEqual(fail('Your contacts are waiting to come back.'));
    expect(downloads).toEqual([]);
    expect(value(await ask('listContacts', {})).total).toBe(0);
  });

  it('exports a CSV of the same contacts', async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(3, monday)), apply: true }));
    const { files } = await exportFile('csv');
    expect(files[0]).toMatchObject({ type: 'text/csv', name: expect.stringMatching(/\.csv$/) });
    expect(files[0]!.text.trim().split('\n')).toHaveLength(4);
  });
});

describe('a file checked a step at a time', () => {
  const good = manyContacts(5, monday);
  it.each([
    ['a file that reads', JSON.stringify(good)],
    ['text that is not JSON', '{"contacts": ['],
    ['JSON that is not an export', '[1, 2, 3]'],
    ['a newer version', JSON.stringify({ ...good, version: 99 })],
    ['a broken date', JSON.stringify({ ...good, exportedAt: 'soon' })],
    ['contacts that are not a list', JSON.stringify({ ...good, contacts: {} })],
    ['a broken contact in the second step', JSON.stringify({ ...good, contacts: good.contacts.map((contact, index) => (index === 3 ? { ...contact, stage: 'friends' } : contact)) })],
    ['a broken follow-up', JSON.stringify({ ...good, followUps: [{ ...good.followUps[0], dueAt: -1 }] })],
    ['one person twice', JSON.stringify({ ...good, contacts: [...good.contacts, good.contacts[1]] })],
  ])('reads %s as parseExport does, to the same first reason', async (_what, text) => {
    expect(await parseExportInSteps(text, () => undefined, 2)).toEqual(parseExport(text));
  });
});

describe('export pieces', () => {
  let file: ExportFile;
  beforeEach(async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(1_234, monday)), apply: true }));
    file = await current();
  });

  it('join into exactly the file JSON.stringify writes, an empty store and one contact included, and none is the whole store', () => {
    const pieces = exportPieces(file);
    expect(pieces.join('')).toBe(JSON.stringify(file, null, 2));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(pieces.join('').length / 2);
    for (const smaller of [{ ...file, contacts: [], followUps: [] }, { ...file, contacts: file.contacts.slice(0, 1), followUps: file.followUps.slice(0, 1) }]) {
      expect(exportPieces(smaller).join('')).toBe(JSON.stringify(smaller, null, 2));
    }
  });
});
