/** The dashboard's backup reminder: when the last export was made, and "Back up now" after a month without one. */
import { signal } from '@preact/signals';
import { dataText } from '@/components/data/data-text';
import type { DataProgress } from '@/components/data/data-text';
import { downloadFile } from '@/utils/data/download-file';
import { askWorker } from '@/utils/messaging/ask-worker';
import { backupDue, lastExportAt } from '@/utils/data/last-export';

export const lastExport = signal<number | undefined>(undefined);
export const due = signal(false);
export const busy = signal(false);
export const progress = signal<DataProgress | undefined>(undefined);
export const status = signal('');
export const error = signal('');

/** Reads when the last export was made, and whether a backup is due (only with contacts to keep). */
export async function loadBackupReminder(now = Date.now()): Promise<void> {
  lastExport.value = lastExportAt(localStorage);
  const page = await askWorker('listContacts', { limit: 1 });
  due.value = page.ok && backupDue(localStorage, now, page.value.total);
}

export async function backUpNow(): Promise<void> {
  busy.value = true;
  status.value = '';
  error.value = '';
  // The export's code (its pages, checks and file writers) loads when asked for, not with the dashboard.
  const { saveExport } = await import('@/utils/data/transfer');
  const saved = await saveExport('json', {
    ask: askWorker,
    download: downloadFile,
    storage: localStorage,
    onProgress: (done, total) => (progress.value = { action: 'exporting', done, total }),
  }).finally(() => {
    busy.value = false;
    progress.value = undefined;
  });
  if (!saved.ok) {
    error.value = saved.error;
    return;
  }
  status.value = dataText.exported(saved.value.name, saved.value.contacts);
  await loadBackupReminder();
}
