import { dropRow, keepRow } from './contact-rows';
import type { WriteTransaction } from './database';
import type { Contact } from './records';
import { moveStageCount } from './stage-counts';

/**
 * Every single contact write goes through here, so the per-stage counts, the list rows and
 * the first messages stay exact.
 * `stored` is what the database holds at `contact.url` now, if anything.
 */
export async function writeContact(tx: WriteTransaction, contact: Contact, stored: Contact | undefined): Promise<void> {
  await tx.objectStore('contacts').put(contact);
  await Promise.all([moveStageCount(tx, stored?.stage, contact.stage), keepRow(tx, contact)]);
}

/** Removes a contact kept under an address they no longer use (a slug change). */
export async function removeContact(tx: WriteTransaction, stored: Contact): Promise<void> {
  await tx.objectStore('contacts').delete(stored.url);
  await Promise.all([moveStageCount(tx, stored.stage, undefined), dropRow(tx, stored.url)]);
}
