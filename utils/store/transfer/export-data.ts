import { allStores, type Database } from '../schema/database';
import { exportFormat, exportVersion, type ExportFile } from './export-file';
import { failureOf, succeed, type Outcome } from '../schema/outcome';
import type { Contact } from '../schema/records';
import { settingsIn } from '../schema/settings';

/** Contacts read at a time: each read says how far the export has got. */
const readStep = 1000;

/**
 * Everything, read in one transaction so the file is a consistent snapshot; the contacts in
 * key ranges of `readStep`, each handed to `onRead` as it comes (first none), with the next
 * range already asked for: the page writes out one range while the database reads the next.
 */
export async function exportData(db: Database, now: number, onRead?: (contacts: readonly Contact[], total: number) => void): Promise<Outcome<ExportFile>> {
  try {
    const tx = db.transaction(allStores, 'readonly');
    const store = tx.objectStore('contacts');
    // Counted only for a page's progress: Chromium counts record by record, and the backup needs no count.
    const [settings, total, followUps] = await Promise.all([settingsIn(tx), onRead ? store.count() : 0, tx.objectStore('followUps').getAll()]);
    onRead?.([], total);
    const contacts: Contact[] = [];
    let reading = store.getAll(undefined, readStep);
    for (let more = true; more; ) {
      const step = await reading;
      more = step.length === readStep;
      if (more) reading = store.getAll(IDBKeyRange.lowerBound(step.at(-1)!.url, true), readStep);
      contacts.push(...step);
      onRead?.(step, total);
    }
    return succeed({
      format: exportFormat,
      version: exportVersion,
      exportedAt: now,
      settings,
      contacts,
      // Each contact's follow-ups together, in the order they were made: the same file after
      // an import gave them other ids. The snapshot is the database's shortcut,
      // not the user's data: the file stays as it was.
      followUps: followUps
        .sort((a, b) => (a.contactUrl < b.contactUrl ? -1 : a.contactUrl > b.contactUrl ? 1 : a.id - b.id))
        .map(({ id: _id, snapshot: _snapshot, ...followUp }) => followUp),
    });
  } catch (error) {
    return failureOf(error);
  }
}
