import type { askWorker } from '@/utils/messaging/ask-worker';
import { pageCharacters, textParts } from '@/utils/store/export-pages';
import { exportFileName } from '@/utils/store/export-file-name';
import { contactsToCsv } from '@/utils/store/contacts-csv';
import type { ExportFile } from '@/utils/store/export-file';
import type { ImportSummary } from '@/utils/store/import-data';
import { noteExport } from './last-export';
import { fail, succeed, type Outcome } from '@/utils/store/outcome';

/** How a page asks the worker (askWorker; tests pass their own). */
export type Ask = typeof askWorker;

/** An export as the page holds it: the file's text in the pieces it came in, never one huge text. */
export interface FetchedExport {
  parts: string[];
  exportedAt: number;
  contacts: number;
}

/**
 * Fetches the whole export a page at a time (no message near the 64 MiB limit, whatever the
 * store's size), telling `onProgress` how many contacts are in so far.
 */
export async function fetchExport(ask: Ask, onProgress: (done: number, total: number) => void): Promise<Outcome<FetchedExport>> {
  const started = await ask('startExport', undefined);
  if (!started.ok) return started;
  const { id, exportedAt, contacts, pages } = started.value;
  onProgress(0, contacts);
  const parts: string[] = [];
  for (let page = 0; page < pages; page++) {
    const reply = await ask('exportPage', { id, page });
    if (!reply.ok) return reply;
    parts.push(reply.value.text);
    onProgress(reply.value.contacts, contacts);
  }
  return succeed({ parts, exportedAt, contacts });
}

/** One file (or batch) to the worker: in one message when it fits, else in parts the worker puts together. */
export async function sendImport(ask: Ask, text: string, apply: boolean): Promise<Outcome<ImportSummary>> {
  if (text.length <= pageCharacters) return ask('importData', { text, apply });
  let upload: number | undefined;
  for (const part of textParts(text)) {
    const sent = await ask('importPart', { ...(upload !== undefined && { upload }), text: part });
    if (!sent.ok) return sent;
    upload = sent.value.upload;
  }
  return upload === undefined ? fail('Nothing to import.') : ask('importData', { upload, apply });
}

export interface ExportDeps {
  ask: Ask;
  /** Saves the file to the user's downloads, from its pieces (see components/data/download-file). */
  download: (name: string, parts: string[], type: string) => void;
  /** Where the time of the last export is kept, for the dashboard's reminder. */
  storage: Storage;
  onProgress: (done: number, total: number) => void;
}

/**
 * Export to the user's downloads, as JSON (everything, to import again) or CSV (a spreadsheet),
 * the one flow behind "Export JSON", "Export CSV" and the dashboard's "Back up now".
 */
export async function saveExport(kind: 'json' | 'csv', deps: ExportDeps): Promise<Outcome<{ name: string; contacts: number }>> {
  const fetched = await fetchExport(deps.ask, deps.onProgress);
  if (!fetched.ok) return fetched;
  const { parts, exportedAt, contacts } = fetched.value;
  const name = exportFileName(kind, exportedAt);
  if (kind === 'json') deps.download(name, parts, 'application/json');
  else deps.download(name, [contactsToCsv(JSON.parse(parts.join('')) as ExportFile)], 'text/csv');
  if (kind === 'json') noteExport(deps.storage, exportedAt);
  return succeed({ name, contacts });
}
