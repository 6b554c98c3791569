/** "Your data" on the options page: export, import with a preview, and erase after a yes. */
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { exportText } from '@/utils/store/transfer/export-text';
import { askWorker } from '@/utils/messaging/ask-worker';
import { dataText } from '@/components/data/data-text';
import type { DataStep } from '@/components/data/DataPanel';
import { downloadFile } from '@/utils/data/download-file';
import type { DataProgress } from '@/components/data/data-text';
import { loadMe } from './me-state';
import { forgetEverythingKept } from '@/utils/drafting/kept-drafts';
import { applyImport as importChecked, checkImport, saveExport } from '@/utils/data/transfer';
import type { ExportFile } from '@/utils/store/transfer/export-file';

export const step = signal<DataStep>({ kind: 'idle' });
export const status = signal('');
export const error = signal('');
export const busy = signal(false);
/** How far a long import or export has got, while it runs. */
export const progress = signal<DataProgress | undefined>(undefined);
/** The chosen file, checked, kept between the preview and the user's "Import". */
let pendingFile: ExportFile | undefined;

function report(message: string, failure = '') {
  status.value = message;
  error.value = failure;
}

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

/** Shows how far a long check or import has got, in counts, while it runs. */
const showProgress = (action: 'checking' | 'importing') => (done: number, total: number) => {
  progress.value = { action, done, total };
};

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
  const reply = await checkImport(askWorker, text.value, showProgress('checking')).finally(() => (progress.value = undefined));
  busy.value = false;
  if (!reply.ok) return report('', dataText.importFailed(reply.error));
  pendingFile = reply.value.file;
  report('');
  step.value = { kind: 'previewing', fileName: file.name, summary: reply.value.summary };
}

export async function applyImport() {
  const file = pendingFile;
  if (!file) return;
  busy.value = true;
  step.value = { kind: 'idle' };
  const reply = await timed('import', () => importChecked(askWorker, file, showProgress('importing'))).finally(() => (progress.value = undefined));
  busy.value = false;
  pendingFile = undefined;
  // One transaction: a failed import changed nothing.
  if (!reply.ok) return report('', dataText.importFailed(reply.error));
  report(dataText.imported(reply.value));
  await loadMe();
}

export function cancelImport() {
  pendingFile = undefined;
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
