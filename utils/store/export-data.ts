import { allStores, type Database } from './database';
import { exportFormat, exportVersion, type ExportFile } from './export-file';
import { failureOf, succeed, type Outcome } from './outcome';
import { settingsIn } from './settings';

/** Everything, read in one transaction so the file is a consistent snapshot. */
export async function exportData(db: Database, now: number): Promise<Outcome<ExportFile>> {
  try {
    const tx = db.transaction(allStores, 'readonly');
    const [settings, contacts, followUps] = await Promise.all([
      settingsIn(tx),
      tx.objectStore('contacts').getAll(),
      tx.objectStore('followUps').getAll(),
    ]);
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
