import { allStores, type Database } from './database';
import { exportFormat, exportVersion, type ExportFile } from './export-file';
import { failureOf, succeed, type Outcome } from './outcome';
import type { Contact } from './records';
import { settingsIn } from './settings';

/** Contacts read at a time: each read says how far the export has got. */
const readStep = 1000;

/**
 * Everything, read in one transaction so the file is a consistent snapshot; the contacts in
 * key ranges of `readStep`, each told to `onProgress` (contacts read, of all).
 */
export async function exportData(db: Database, now: number, onProgress?: (done: number, total: number) => void): Promise<Outcome<ExportFile>> {
  try {
    const tx = db.transaction(allStores, 'readonly');
    const store = tx.objectStore('contacts');
    const [settings, total, followUps] = await Promise.all([settingsIn(tx), store.count(), tx.objectStore('followUps').getAll()]);
    onProgress?.(0, total);
    const contacts: Contact[] = [];
    for (;;) {
      const last = contacts.at(-1);
      const step = await store.getAll(last && IDBKeyRange.lowerBound(last.url, true), readStep);
      contacts.push(...step);
      onProgress?.(contacts.length, total);
      if (step.length < readStep) break;
    }
    return succeed({
      format: exportFormat,
      version: exportVersion,
      exportedAt: now,
      settings,
      contacts,
      // Each contact's follow-ups together, in the order they were made: the same file after
      // an import in batches gave them other ids. The snapshot is the database's shortcut,
      // not the user's data: the file stays as it was.
      followUps: followUps
        .sort((a, b) => (a.contactUrl < b.contactUrl ? -1 : a.contactUrl > b.contactUrl ? 1 : a.id - b.id))
        .map(({ id: _id, snapshot: _snapshot, ...followUp }) => followUp),
    });
  } catch (error) {
    return failureOf(error);
  }
}
