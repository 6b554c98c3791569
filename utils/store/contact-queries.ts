import type { IDBPTransaction } from 'idb';
import type { Stage } from '@/utils/relationship/stages';
import { foldText, rowOf, type ContactRow, type StoredRow } from './contact-rows';
import { matchingRows, readBuckets, shownRow, type Match, type SearchBucket } from './search-buckets';
import { allStores, type Database, type MentorDB } from './database';
import { findContact } from './find-contact';
import { failureOf, succeed, type Outcome } from './outcome';
import type { Contact, FollowUp } from './records';
import { stageCountsIn, stageRange } from './stage-counts';

export type { ContactRow } from './contact-rows';

type RowsRead = IDBPTransaction<MentorDB, ['rows', 'counts', 'firstMessages', 'buckets'], 'readonly'>;

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

/**
 * The `end` most recently touched rows (of a stage, or of all), newest first, in two requests:
 * a key cursor finds the oldest of them, one getAll reads from there up. (Chrome sends every
 * cursor step to the browser process; 50 steps cost ~2.5 ms.)
 */
async function latestRows(tx: RowsRead, stage: Stage | undefined, end: number): Promise<StoredRow[]> {
  const rows = tx.objectStore('rows');
  const index = stage ? rows.index('by-stage-updated') : rows.index('by-updated');
  let cursor = await index.openKeyCursor(stage ? stageRange(stage) : undefined, 'prev');
  if (cursor && end > 1) cursor = await cursor.advance(end - 1);
  if (!cursor) return (await index.getAll(stage ? stageRange(stage) : undefined)).reverse();
  // Ties on updatedAt come in key order both ways, so the reversed read matches the cursor's.
  const from = stage ? IDBKeyRange.bound(cursor.key, [stage, Infinity]) : IDBKeyRange.lowerBound(cursor.key);
  return (await index.getAll(from)).reverse().slice(0, end);
}

/** As the by-updated index reads backwards: the latest first, ties by address from the end. */
const newestFirst = (a: Match, b: Match) => b.updatedAt - a.updatedAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

const searchWords = (search: string | undefined) => foldText(search ?? '').split(/\s+/).filter(Boolean);

/**
 * Several lists in one transaction and one reply: the dashboard's every stage at once. Lists
 * without words read only their page of rows; searches share one read of the search buckets
 * (a few dozen records however many contacts), filtered by the folded words.
 */
async function listsIn(tx: RowsRead, queries: readonly ContactQuery[]): Promise<ContactPage[]> {
  const counts = await stageCountsIn(tx);
  let buckets: Promise<SearchBucket[]> | undefined;
  return Promise.all(
    queries.map(async ({ stage, search, offset = 0, limit = 50 }) => {
      const words = searchWords(search);
      if (words.length === 0) {
        const latest = await latestRows(tx, stage, offset + limit);
        const total = stage ? (counts[stage] ?? 0) : Object.values(counts).reduce((sum, count) => sum + count, 0);
        return { contacts: latest.slice(offset).map(rowOf), total };
      }
      // Read once for every query of the request. (In Chromium the cost is per record, not per
      // byte: 3,000 rows took as long as 3,000 whole contacts, seen 2026-12-02 under load.)
      buckets ??= readBuckets(tx);
      const matches = matchingRows(await buckets, words, stage).sort(newestFirst);
      return { contacts: matches.slice(offset, offset + limit).map(shownRow), total: matches.length };
    }),
  );
}

const rowsRead = (db: Database): RowsRead => db.transaction(['rows', 'counts', 'firstMessages', 'buckets'], 'readonly');

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
