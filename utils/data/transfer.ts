import type { askWorker } from '@/utils/messaging/ask-worker';
import type { Database } from '@/utils/store/schema/database';
import type { Contact } from '@/utils/store/schema/records';
import { exportFileName } from '@/utils/store/transfer/export-file-name';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import type { ImportSummary } from '@/utils/store/transfer/import-data';
import { noteExport } from './last-export';
import { failureOf, succeed, type Outcome } from '@/utils/store/schema/outcome';

/** How a page asks the worker (askWorker; tests pass their own). */
export type Ask = typeof askWorker;

// The database and the file's code load with the first export or import, not with the page.
const transferCode = () => import('./transfer-code');

/** Contacts done, of all: a long export or import says how far it has got. */
export type OnProgress = (done: number, total: number) => void;

/**
 * The page's own connection to the database (extension pages share the worker's origin), for
 * `work` only: opened once the worker has opened and checked the database, so a database the
 * browser lost is brought back or reported before a page reads or writes it. Closed after,
 * so it never holds up the worker's next version of the database.
 */
async function withDatabase<T>(ask: Ask, work: (db: Database) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const ready = await ask('openStore', undefined);
  if (!ready.ok) return ready;
  let db: Database | undefined;
  try {
    db = await (await transferCode()).openDatabase();
    return await work(db);
  } catch (error) {
    return failureOf(error);
  } finally {
    db?.close();
  }
}

export interface ExportDeps {
  ask: Ask;
  /** Saves the file to the user's downloads, from its pieces (see ./download-file). */
  download: (name: string, parts: string[], type: string) => void;
  /** Where the time of the last export is kept, for the dashboard's reminder. */
  storage: Storage;
  onProgress: OnProgress;
}

/**
 * Export to the user's downloads, as JSON (everything, to import again) or CSV (a spreadsheet),
 * the one flow behind "Export JSON", "Export CSV" and the dashboard's "Back up now". The page
 * reads the database itself: no message carries the store, whatever its size, and the JSON is
 * handed over in pieces (no one text need hold it all).
 */
export async function saveExport(kind: 'json' | 'csv', deps: ExportDeps): Promise<Outcome<{ name: string; contacts: number }>> {
  const { contactCheck, contactsToCsv, entryPieces, exportData, exportPieces } = await transferCode();
  // Each range of contacts written out as it is read, while the database reads the next.
  const contacts: string[][] = [];
  let done = 0;
  const onRead = (read: readonly Contact[], total: number) => {
    if (kind === 'json') contacts.push(entryPieces(contactCheck, read));
    done += read.length;
    deps.onProgress(done, total);
  };
  const file = await withDatabase(deps.ask, (db) => exportData(db, Date.now(), onRead));
  if (!file.ok) return file;
  const name = exportFileName(kind, file.value.exportedAt);
  if (kind === 'json') deps.download(name, exportPieces(file.value, contacts), 'application/json');
  else deps.download(name, [contactsToCsv(file.value)], 'text/csv');
  if (kind === 'json') noteExport(deps.storage, file.value.exportedAt);
  return succeed({ name, contacts: file.value.contacts.length });
}

/** A file checked whole, with what importing it would do: what "Import" then applies. */
export interface CheckedImport {
  file: ExportFile;
  summary: ImportSummary;
}

/** Checks a chosen file's text, counting the contacts checked, and previews its import without changing anything. */
export async function checkImport(ask: Ask, text: string, onProgress: OnProgress): Promise<Outcome<CheckedImport>> {
  const { importFile, parseExportInSteps } = await transferCode();
  const file = await parseExportInSteps(text, onProgress);
  if (!file.ok) return file;
  const summary = await withDatabase(ask, (db) => importFile(db, file.value, false));
  return summary.ok ? succeed({ file: file.value, summary: summary.value }) : summary;
}

/**
 * Imports a checked file in one transaction: all of it, or nothing at all. The worker then
 * hears of it (nudges, badge, backup, other pages); a failure of the browser's storage is told
 * to the worker too, which checks the database survived and answers what really happened.
 */
export async function applyImport(ask: Ask, file: ExportFile, onProgress: OnProgress): Promise<Outcome<ImportSummary>> {
  const { importFile } = await transferCode();
  const imported = await withDatabase(ask, (db) => importFile(db, file, true, onProgress));
  if (imported.ok) {
    await ask('storeWritten', {});
    return imported;
  }
  if (!imported.storage) return imported;
  const told = await ask('storeWritten', { error: imported.error });
  return told.ok ? imported : told;
}
