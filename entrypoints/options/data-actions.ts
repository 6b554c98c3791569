/** "Your data" on the options page: export, import with a preview, and erase after a yes. */
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { exportText } from '@/utils/store/export-text';
import { askWorker } from '@/utils/messaging/ask-worker';
import { dataText } from '@/components/data/data-text';
import type { DataStep } from '@/components/data/DataPanel';
import { downloadFile } from '@/components/data/download-file';
import type { DataProgress } from '@/components/data/data-text';
import { loadMe } from './me-state';
import { forgetEverythingKept } from '@/utils/drafting/kept-drafts';
import { saveExport, sendImport } from '@/utils/data/transfer';
import type { ImportSummary } from '@/utils/store/import-data';

export const step = signal<DataStep>({ kind: 'idle' });
export const status = signal('');
export const error = signal('');
export const busy = signal(false);
/** How far a long import or export has got, while it runs. */
export const progress = signal<DataProgress | undefined>(undefined);
/** Contacts sent to the worker at a time: about a second and a half each, so the bar moves. */
const batchSize = 1000;
/** The chosen file's text, kept between the preview and the user's "Import". */
let pendingText = '';

function report(message: string, failure = '') {
  status.value = message;
  error.value = failure;
}

// The import cuts its file into batches with code loaded when first used: the page's first load stays small.
const batching = () => import('@/utils/data/import-batches');

/** Times a long task for npm run bench (a performance measure named `name`); costs nothing else. */
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start });
  }
}

async function exportAs(kind: 'json' | 'csv') {
  busy.value = true;
  report('');
  const reply = await timed(`export-${kind}`, () => saveExport(kind, {
    ask: askWorker,
    download: downloadFile,
    storage: localStorage,
    onProgress: (done, total) => (progress.value = { action: 'exporting', done, total }),
  })).finally(() => {
    busy.value = false;
    progress.value = undefined;
  });
  if (!reply.ok) return report('', reply.error);
  report(dataText.exported(reply.value.name, reply.value.contacts));
}

export const exportJson = () => exportAs('json');
export const exportCsv = () => exportAs('csv');

/**
 * Sends the file to the worker a batch at a time (one at once when small), counting the
 * contacts done; says how many were done before a refusal.
 */
async function importInBatches(text: string, apply: boolean): Promise<{ ok: true; value: ImportSummary } | { ok: false; error: string; done: number; total: number }> {
  const { addSummaries, importBatches } = await batching();
  const { batches, contacts } = importBatches(text, batchSize);
  const summaries: ImportSummary[] = [];
  let done = 0;
  const action = apply ? 'importing' : 'checking';
  if (batches.length > 1) progress.value = { action, done, total: contacts };
  try {
    for (const batch of batches) {
      const reply = await sendImport(askWorker, batch, apply);
      if (!reply.ok) return { ok: false, error: reply.error, done, total: contacts };
      summaries.push(reply.value);
      done += reply.value.contacts;
      if (progress.value) progress.value = { action, done, total: contacts };
    }
  } finally {
    progress.value = undefined;
  }
  return { ok: true, value: addSummaries(summaries) };
}

/** Reads the chosen file and previews what importing it would do (timed from the choice to the preview). */
export const chooseFile = (file: File) => timed('import-check', () => previewFile(file));

async function previewFile(file: File) {
  report(dataText.reading);
  step.value = { kind: 'idle' };
  busy.value = true;
  const text = exportText(new Uint8Array(await file.arrayBuffer()));
  if (!text.ok) {
    busy.value = false;
    return report('', dataText.importFailed(text.error));
  }
  pendingText = text.value;
  const reply = await importInBatches(pendingText, false);
  busy.value = false;
  if (!reply.ok) return report('', dataText.importFailed(reply.error));
  report('');
  step.value = { kind: 'previewing', fileName: file.name, summary: reply.value };
}

export async function applyImport() {
  busy.value = true;
  step.value = { kind: 'idle' };
  const reply = await timed('import', () => importInBatches(pendingText, true));
  busy.value = false;
  pendingText = '';
  if (!reply.ok) return report('', reply.done > 0 ? dataText.importStopped(reply.done, reply.total, reply.error) : dataText.importFailed(reply.error));
  report(dataText.imported(reply.value));
  await loadMe();
}

export function cancelImport() {
  pendingText = '';
  step.value = { kind: 'idle' };
  report(dataText.cancelled);
}

export function askErase() {
  step.value = { kind: 'confirming-erase' };
  report('');
}

export function keepData() {
  step.value = { kind: 'idle' };
}

export async function erase() {
  busy.value = true;
  const reply = await askWorker('eraseAll', { confirm: true });
  busy.value = false;
  step.value = { kind: 'idle' };
  if (!reply.ok) return report('', reply.error);
  // The drafts the popup and panel kept, and the first-run choice, live in the pages' storage.
  forgetEverythingKept(localStorage);
  report(dataText.erased(reply.value));
  await loadMe();
}

/** LinkedIn's data export, once a file of it was chosen: its code loads only then. */
export const LinkedInExportView = signal<ComponentType | undefined>(undefined);

export async function chooseLinkedInExport(files: File[]): Promise<void> {
  const linkedIn = await import('./linkedin-export');
  LinkedInExportView.value = linkedIn.LinkedInExportView;
  await linkedIn.chooseExportFiles(files);
}
