import type { IDBPTransaction } from 'idb';
import type { Stage } from '@/utils/relationship/stages';
import { allStores, type Database, type MentorDB } from './database';
import { findContact } from './find-contact';
import { failureOf, succeed, type Outcome } from './outcome';
import type { Contact, FollowUp } from './records';
import { stageCountsIn, stageRange } from './stage-counts';

type ContactsRead = IDBPTransaction<MentorDB, ['contacts', 'counts'], 'readonly'>;

/** A contact with every follow-up ever planned for them, newest due date last. */
export interface ContactView {
  contact: Contact;
  followUps: FollowUp[];
}

export interface ContactQuery {
  stage?: Stage;
  /** Words to find in their name, headline, company, notes or takeaways. */
  search?: string;
  offset?: number;
  limit?: number;
}

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

function searchableText(contact: Contact): string {
  const { profile } = contact;
  return [profile.name, profile.headline, profile.current?.company, profile.current?.title, contact.notes, contact.takeaways, contact.url]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase();
}

export function rowOf({ url, profile, stage, updatedAt }: Contact): ContactRow {
  const { headline, current } = profile;
  return {
    url,
    name: profile.name ?? profile.slug,
    stage,
    updatedAt,
    ...(headline && { headline }),
    ...(current?.title && { title: current.title }),
    ...(current?.company && { company: current.company }),
  };
}

/**
 * The `offset + limit` most recently touched contacts of a stage, newest first, in two
 * requests: a key cursor finds the oldest of them, one getAll reads from there up. (Chrome
 * sends every cursor step to the browser process; 50 steps per stage cost ~2.5 ms.)
 */
async function latestOfStage(tx: ContactsRead, stage: Stage, end: number): Promise<Contact[]> {
  const index = tx.objectStore('contacts').index('by-stage-updated');
  let cursor = await index.openKeyCursor(stageRange(stage), 'prev');
  if (cursor && end > 1) cursor = await cursor.advance(end - 1);
  const [, oldest] = (cursor?.key ?? [stage, -Infinity]) as [Stage, number];
  // Ties on updatedAt come in key order both ways, so the reversed read matches the cursor's.
  const newestFirst = (await index.getAll(IDBKeyRange.bound([stage, oldest], [stage, Infinity]))).reverse();
  return newestFirst.slice(0, end);
}

async function latestOfAll(tx: ContactsRead, offset: number, limit: number): Promise<Contact[]> {
  const contacts: Contact[] = [];
  let cursor = await tx.objectStore('contacts').index('by-updated').openCursor(undefined, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && contacts.length < limit) {
    contacts.push(cursor.value);
    cursor = await cursor.continue();
  }
  return contacts;
}

/** Contacts most recently touched first, by stage or matching words, one screen at a time. */
export async function listContacts(db: Database, query: ContactQuery): Promise<Outcome<ContactPage>> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  try {
    const tx = db.transaction(['contacts', 'counts'], 'readonly');
    const store = tx.objectStore('contacts');
    const words = query.search?.toLocaleLowerCase().split(/\s+/).filter(Boolean) ?? [];
    if (words.length === 0 && query.stage) {
      const [counts, latest] = await Promise.all([stageCountsIn(tx), latestOfStage(tx, query.stage, offset + limit)]);
      return succeed({ contacts: latest.slice(offset).map(rowOf), total: counts[query.stage] ?? 0 });
    }
    if (words.length === 0) {
      const [counts, latest] = await Promise.all([stageCountsIn(tx), latestOfAll(tx, offset, limit)]);
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      return succeed({ contacts: latest.map(rowOf), total });
    }
    // Search reads every contact once; 10,000 contacts take milliseconds, and no index fits free text.
    const matches = (await (query.stage ? store.index('by-stage-updated').getAll(stageRange(query.stage)) : store.index('by-updated').getAll()))
      .reverse()
      .filter((contact) => {
        const haystack = searchableText(contact);
        return words.every((word) => haystack.includes(word));
      });
    return succeed({ contacts: matches.slice(offset, offset + limit).map(rowOf), total: matches.length });
  } catch (error) {
    return failureOf(error);
  }
}

/** A first message saved for a contact: whom it was for and its words, to warn before the same words go to someone else. */
export interface SentFirstMessage {
  who: string;
  body: string;
}

/** The first messages of the most recently touched contacts, but one's own. */
export async function recentMessages(db: Database, query: { exceptUrl?: string; limit?: number }): Promise<Outcome<SentFirstMessage[]>> {
  try {
    const tx = db.transaction(['contacts', 'counts'], 'readonly');
    // Touched recently is written recently, near enough: reading further back costs time for little.
    const latest = await latestOfAll(tx, 0, 200);
    const messages = latest
      .filter((contact) => contact.url !== query.exceptUrl && contact.message?.body)
      .slice(0, query.limit ?? 50)
      .map((contact) => ({ who: contact.profile.name ?? contact.profile.slug, body: contact.message!.body }));
    return succeed(messages);
  } catch (error) {
    return failureOf(error);
  }
}
