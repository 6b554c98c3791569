import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import { importBatches } from '@/utils/data/import-batches';
import { fetchExport, sendImport, type Ask } from '@/utils/data/transfer';
import type { WorkerRequest } from '@/utils/messaging/messages';
import { exportData } from '@/utils/store/export-data';
import type { ExportFile } from '@/utils/store/export-file';
import { exportPages, exportPieces, pageCharacters } from '@/utils/store/export-pages';
import { largeProfile, manyContacts, monday, value } from '../store/made-up';

// Issue 15: an export that always imports back. Pages ask the worker (here answerRequest on
// fake-indexeddb, the worker's own code) for the export in pages and send imports in parts,
// so no message comes near the 64 MiB limit at any size the worker accepts.
const clock = { now: monday, timeZone: 'Europe/Berlin' };
const sent: { type: WorkerRequest; characters: number }[] = [];
const ask = (async (type: WorkerRequest, data: unknown) => {
  const reply = await answerRequest(database, type, data, clock);
  sent.push({ type, characters: JSON.stringify(data ?? null).length + JSON.stringify(reply).length });
  return reply;
}) as Ask;

function freshWorker() {
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  sent.length = 0;
}
beforeEach(freshWorker);

/** The page's whole import: batches, each sent in one message or in parts. */
async function importAll(text: string) {
  for (const batch of importBatches(text, 1000).batches) value(await sendImport(ask, batch, true));
}

describe('export and import in pages', () => {
  it('exports two contacts larger than a message page each and imports them back, byte for byte, no message over 48 million characters', { timeout: 120_000 }, async () => {
    for (const slug of ['amara-example', 'tomasz-example']) {
      value(await ask('saveContact', { profile: largeProfile(slug, 12_000_000), notes: `Notes on ${slug}` }));
    }
    const progress: number[] = [];
    const first = value(await fetchExport(ask, (done) => progress.push(done)));
    const text = first.parts.join('');
    expect(text.length).toBeGreaterThan(24_000_000);
    expect(first.contacts).toBe(2);
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(2);
    // The file is the one the extension always wrote.
    expect(text).toBe(JSON.stringify(value(await exportData(await database(), monday)), null, 2));

    freshWorker();
    await importAll(text);
    const again = value(await fetchExport(ask, () => undefined));
    expect(again.parts.join('') === text).toBe(true);
    // A character is at most six bytes in a serialised message: 48 million characters stay under 64 MiB.
    expect(Math.max(...sent.map((message) => message.characters))).toBeLessThan(48_000_000);
    expect(sent.map((message) => message.type)).toContain('importPart');
  });

  it('reports progress contact by contact page by page, and a store exported, imported and exported again is the same file', { timeout: 60_000 }, async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(2_500, monday)), apply: true }));
    const progress: [number, number][] = [];
    const first = value(await fetchExport(ask, (done, total) => progress.push([done, total])));
    expect(progress).toEqual([[0, 2_500], [2_000, 2_500], [2_500, 2_500]]);
    freshWorker();
    await importAll(first.parts.join(''));
    // Line by line, so a difference shows where it is.
    expect(value(await fetchExport(ask, () => undefined)).parts.join('').split('\n')).toEqual(first.parts.join('').split('\n'));
  });

  it('says the export was interrupted when the worker forgot it (restarted), rather than saving half a file', async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(10, monday)), apply: true }));
    const started = value(await ask('startExport', undefined));
    const outcome = await ask('exportPage', { id: started.id + 7, page: 0 });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^The export was interrupted/) });
  });
});

describe('export pages', () => {
  let file: ExportFile;
  beforeEach(async () => {
    value(await ask('importData', { text: JSON.stringify(manyContacts(30, monday)), apply: true }));
    file = value(await exportData(await database(), monday));
  });

  it('join into exactly the file JSON.stringify writes, an empty store included', () => {
    expect(exportPieces(file).map((piece) => piece.text).join('')).toBe(JSON.stringify(file, null, 2));
    const empty = { ...file, contacts: [], followUps: [] };
    expect(exportPieces(empty).map((piece) => piece.text).join('')).toBe(JSON.stringify(empty, null, 2));
  });

  it('hold at most the characters and contacts asked, cut a long contact without splitting a character, and count contacts', () => {
    const pieces = exportPieces({ ...file, contacts: [{ ...file.contacts[0]!, notes: '😀'.repeat(5_000) }, ...file.contacts.slice(1)] });
    const pages = exportPages(pieces, 3_001, 7);
    expect(pages.every((page) => page.text.length <= 3_001)).toBe(true);
    expect(pages.map((page) => page.text).join('')).toBe(pieces.map((piece) => piece.text).join(''));
    for (const page of pages) expect(page.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    const counts = pages.map((page) => page.contacts);
    expect(counts.at(-1)).toBe(30);
    expect(counts.every((count, index) => index === 0 || count - counts[index - 1]! <= 7)).toBe(true);
    expect(pageCharacters * 6).toBeLessThan(64 * 1024 * 1024);
  });
});
