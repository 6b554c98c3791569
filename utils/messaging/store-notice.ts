import { signal } from '@preact/signals';
import { askWorker } from '@/utils/messaging/ask-worker';
import type { StoreNotice } from '@/utils/store/transfer/backup';

/** The worker's notice of a lost database, for whichever page is open; null when there is none. */
export const storeNotice = signal<StoreNotice | null>(null);

export async function loadStoreNotice(): Promise<void> {
  const reply = await askWorker('storeNotice', {});
  if (reply.ok) storeNotice.value = reply.value;
}

/** Read once, gone from every page and from the notification area. */
export async function dismissStoreNotice(): Promise<void> {
  storeNotice.value = null;
  await askWorker('storeNotice', { dismiss: true });
}
