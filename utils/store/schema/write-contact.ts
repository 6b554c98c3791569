import { keepFirstMessages } from './contact-rows';
import type { WriteTransaction } from './database';
import type { Contact } from './records';
import { keepBuckets } from './search-buckets';
import type { Stage } from '@/utils/relationship/stages';
import { moveStageCounts } from './stage-counts';

/** A contact just written at `url` (`now`), or removed from there (no `now`), with the stage it had there before (absent: it was not there). */
export interface ContactWritten {
  url: string;
  was?: Stage;
  now?: Contact;
}

/**
 * Keeps the per-stage counts, the first messages and the buckets (rows and search words) in step
 * with contacts already put or deleted, however many: each count and bucket is read and written
 * once, from the contacts in hand (an import of 10,000 reads no contact back).
 */
export async function keepInStep(tx: WriteTransaction, written: readonly ContactWritten[]): Promise<void> {
  await Promise.all([
    moveStageCounts(tx, written.map(({ was, now }) => ({ from: was, to: now?.stage }))),
    keepFirstMessages(tx, written),
    keepBuckets(tx, written),
  ]);
}

/**
 * Every single contact write goes through here, so the per-stage counts, the list rows and
 * the first messages stay exact.
 * `stored` is what the database holds at `contact.url` now, if anything.
 */
export async function writeContact(tx: WriteTransaction, contact: Contact, stored: Contact | undefined): Promise<void> {
  await tx.objectStore('contacts').put(contact);
  await keepInStep(tx, [{ url: contact.url, was: stored?.stage, now: contact }]);
}

/** Removes a contact kept under an address they no longer use (a slug change). */
export async function removeContact(tx: WriteTransaction, stored: Contact): Promise<void> {
  await tx.objectStore('contacts').delete(stored.url);
  await keepInStep(tx, [{ url: stored.url, was: stored.stage }]);
}
