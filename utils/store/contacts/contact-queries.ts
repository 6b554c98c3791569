import type { IDBPTransaction } from 'idb';
import type { Stage } from '@/utils/relationship/stages';
import { foldText, type ContactRow } from '../schema/contact-rows';
import { matchingRows, readBuckets, shownRow, type Listed } from '../schema/search-buckets';
import { allStores, type Database, type MentorDB } from '../schema/database';
import { findContact } from '../schema/find-contact';
import { failureOf, succeed, type Outcome } from '../schema/outcome';
import type { Contact, FollowUp } from '../schema/records';

export type { ContactRow } from '../schema/contact-rows';

type RowsRead = IDBPTransaction<MentorDB, ['firstMessages', 'buckets'], 'readonly'>;

/** A contact with every follow-up ever planned for them, newest due date last. */
export interface ContactView {
  contact: Contact;
  followUps: FollowUp[];
}

export interface ContactQuery {
  stage?: Stage;
  /** Words to find in their name, headline, company, notes or takeaways, in any case and with or without accents. */
  search?: string;
  offset?: number;
  limit?: number;
}

export interface ContactPage {
  contacts: ContactRow[];
  /** How many match in all, for "41–80 of 212". */
  total: number;
}

export async function getContact(
  db: Database,
  who: { url?: string; memberId?: string },
): Promise<Outcome<ContactView | null>> {
  try {
    const tx = db.transaction(allStores, 'readonly');
    const contact = await findContact(tx, who);
    if (!contact) return succeed(null);
    const followUps = await tx.objectStore('followUps').index('by-contact').getAll(contact.url);
    return succeed({ contact, followUps: followUps.sort((a, b) => a.dueAt - b.dueAt) });
  } catch (error) {
    return failureOf(error);
  }
}

/** As the by-updated index read backwards: the latest first, ties by address from the end. */
const newestFirst = (a: Listed, b: Listed) => b.updatedAt - a.updatedAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

const searchWords = (search: string | undefined) => foldText(search ?? '').split(/\s+/).filter(Boolean);

/**
 * Several lists in one transaction and one reply: the dashboard's every stage at once, with
 * or without words. All of them share one read of the buckets (a few dozen records however
 * many contacts), filtered by stage and folded words; only the rows returned are read back.
 */
async function listsIn(tx: RowsRead, queries: readonly ContactQuery[]): Promise<ContactPage[]> {
  const buckets = await readBuckets(tx);
  return queries.map(({ stage, search, offset = 0, limit = 50 }) => {
    const found = matchingRows(buckets, searchWords(search), stage).sort(newestFirst);
    return { contacts: found.slice(offset, offset + limit).map(shownRow), total: found.length };
  });
}

const rowsRead = (db: Database): RowsRead => db.transaction(['firstMessages', 'buckets'], 'readonly');

/** Contacts most recently touched first, by stage or matching words, one screen at a time. */
export async function listContacts(db: Database, query: ContactQuery): Promise<Outcome<ContactPage>> {
  try {
    const [page] = await listsIn(rowsRead(db), [query]);
    return succeed(page!);
  } catch (error) {
    return failureOf(error);
  }
}

/** Several lists answered together, in the order asked: one request for a whole dashboard. */
export async function listGroups(db: Database, { queries }: { queries: ContactQuery[] }): Promise<Outcome<ContactPage[]>> {
  try {
    return succeed(await listsIn(rowsRead(db), queries));
  } catch (error) {
    return failureOf(error);
  }
}

/** A first message saved for a contact: whom it was for and its words, to warn before the same words go to someone else. */
export interface SentFirstMessage {
  who: string;
  body: string;
}

/** The first messages of the most recently touched contacts, but one's own: read from their own small store, never the contacts. */
export async function recentMessages(db: Database, query: { exceptUrl?: string; limit?: number }): Promise<Outcome<SentFirstMessage[]>> {
  const limit = query.limit ?? 50;
  try {
    const index = rowsRead(db).objectStore('firstMessages').index('by-updated');
    // One more than asked, in case one's own is among them.
    let cursor = await index.openKeyCursor(undefined, 'prev');
    if (cursor) cursor = await cursor.advance(limit);
    const newestFirst = (await index.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : undefined)).reverse();
    const messages = newestFirst
      .filter((message) => message.url !== query.exceptUrl)
      .slice(0, limit)
      .map(({ who, body }) => ({ who, body }));
    return succeed(messages);
  } catch (error) {
    return failureOf(error);
  }
}
