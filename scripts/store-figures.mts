/**
 * How the store holds up with many contacts, on fake-indexeddb in Node: insert, the due list,
 * the dashboard's first screen, export and import, for 1,000 and 10,000 contacts.
 * Run: npx tsx scripts/store-figures.mts   (figures are medians of several runs, in ms)
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { listContacts } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import { openDatabase, type Database } from '@/utils/store/schema/database';
import { countDue, listDue } from '@/utils/store/follow-ups/due-follow-ups';
import { exportData } from '@/utils/store/transfer/export-data';
import { importData } from '@/utils/store/transfer/import-data';
import { manyContacts, monday, profileOf } from '../tests/unit/store/made-up';

async function fresh(): Promise<Database> {
  globalThis.indexedDB = new IDBFactory();
  return openDatabase();
}

async function time(work: () => Promise<unknown>, runs = 1): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: string[][] = [];
for (const count of [1_000, 10_000]) {
  // Insert: each contact saved as the popup saves it, one transaction each, plan included.
  const insertDb = await fresh();
  const insert = await time(async () => {
    for (let index = 0; index < count; index++) {
      await saveContact(insertDb, { profile: profileOf(`person${index}-example`) }, { now: monday + index, timeZone: 'Europe/Berlin' });
    }
  });
  insertDb.close();

  const text = JSON.stringify(manyContacts(count, monday));
  const db = await fresh();
  const load = await time(() => importData(db, text, true));
  const due = await listDue(db, monday);
  const dueCount = due.ok ? due.value.length : 0;
  const dueList = await time(() => listDue(db, monday), 21);
  // The worst case: a user back after seven weeks away, with everything due by then.
  const later = monday + 48 * 86_400_000;
  const backlog = await listDue(db, later);
  const backlogCount = backlog.ok ? backlog.value.length : 0;
  const backlogList = await time(() => listDue(db, later), 5);
  const badge = await time(() => countDue(db, monday), 21);
  const firstScreen = await time(() => listContacts(db, { limit: 50 }), 21);
  const search = await time(() => listContacts(db, { search: 'person123' }), 5);
  const exported = await time(() => exportData(db, monday), 3);
  rows.push([
    count.toLocaleString('en'), insert.toFixed(0), load.toFixed(0), `${dueList.toFixed(2)} (${dueCount} due)`, `${backlogList.toFixed(1)} (${backlogCount} due)`,
    badge.toFixed(2), firstScreen.toFixed(2), search.toFixed(1), exported.toFixed(0), (text.length / 1e6).toFixed(1),
  ]);
  db.close();
}

const header = ['contacts', 'insert one by one', 'import file', 'due list', 'due list, 7 weeks away', 'badge count', 'first screen (50)', 'search', 'export', 'file MB'];
console.log(header.join(' | '));
for (const row of rows) console.log(row.join(' | '));
