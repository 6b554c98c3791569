import type { Stage } from '@/utils/relationship/stages';
import type { WriteTransaction } from './database';
import type { Contact } from './records';

/** What a list row shows of a contact: a few hundred bytes instead of the whole record. */
export interface ContactRow {
  url: string;
  /** Their name, else their slug. */
  name: string;
  headline?: string;
  title?: string;
  company?: string;
  stage: Stage;
  updatedAt: number;
}

/** A row with the words a search looks in, folded (a record of its own in version 4; in buckets since version 5). */
export interface StoredRow extends ContactRow {
  words: string;
}

/** A contact's first message as kept for the "nearly the same" warning (since version 4). */
export interface StoredFirstMessage {
  url: string;
  who: string;
  body: string;
  updatedAt: number;
}

/**
 * Text as a search compares it: lower case, accents and other marks dropped, compatibility
 * forms spelled plainly, so "Ines" finds "Inès" and "MULLER" finds "Müller".
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A row of a contact, and the words a search finds them by: name, headline, role, organization, notes, takeaways, address. */
export function storedRowOf(contact: Contact): StoredRow {
  const { url, profile, stage, updatedAt } = contact;
  const { headline, current } = profile;
  const words = [profile.name, headline, current?.company, current?.title, contact.notes, contact.takeaways, url].filter(Boolean).join('\n');
  return {
    url,
    name: profile.name ?? profile.slug,
    stage,
    updatedAt,
    ...(headline && { headline }),
    ...(current?.title && { title: current.title }),
    ...(current?.company && { company: current.company }),
    words: foldText(words),
  };
}

/** The row as a page gets it: without the search words. */
export function rowOf(row: StoredRow): ContactRow {
  const { words: _words, ...shown } = row;
  return shown;
}

function firstMessageOf(contact: Contact): StoredFirstMessage | undefined {
  const body = contact.message?.body;
  return body ? { url: contact.url, who: contact.profile.name ?? contact.profile.slug, body, updatedAt: contact.updatedAt } : undefined;
}

/**
 * Keeps first messages in step with contacts just written (`now`) or removed (no `now`), all
 * requests sent at once; a contact that was not there before (`was` absent) has none to drop.
 */
export async function keepFirstMessages(tx: WriteTransaction, changes: readonly { url: string; was?: unknown; now?: Contact }[]): Promise<void> {
  const messages = tx.objectStore('firstMessages');
  const writes: Promise<unknown>[] = [];
  for (const { url, was, now } of changes) {
    const message = now && firstMessageOf(now);
    if (message) writes.push(messages.put(message));
    else if (was !== undefined) writes.push(messages.delete(url));
  }
  await Promise.all(writes);
}

/** Every row and first message written afresh from the contacts: the upgrade to version 4 (version 5 keeps the rows in buckets instead). */
export async function rebuildRows(tx: WriteTransaction): Promise<void> {
  const rows = tx.objectStore('rows');
  const messages = tx.objectStore('firstMessages');
  const contacts = await tx.objectStore('contacts').getAll();
  const writes: Promise<unknown>[] = [rows.clear(), messages.clear()];
  // Sent without waiting for each: IndexedDB runs a transaction's requests in order.
  for (const contact of contacts) {
    writes.push(rows.put(storedRowOf(contact)));
    const message = firstMessageOf(contact);
    if (message) writes.push(messages.put(message));
  }
  await Promise.all(writes);
}
