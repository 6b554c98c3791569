import type { Stage } from '@/utils/relationship/stages';
import { allStores, type Database } from './database';
import { findContact } from './find-contact';
import { failureOf, succeed, type Outcome } from './outcome';
import type { Contact, FollowUp } from './records';

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

export interface ContactPage {
  contacts: Contact[];
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

/** Contacts most recently touched first, by stage or matching words, one screen at a time. */
export async function listContacts(db: Database, query: ContactQuery): Promise<Outcome<ContactPage>> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  try {
    const store = db.transaction('contacts', 'readonly').store;
    const [index, range] = query.stage
      ? [store.index('by-stage-updated'), IDBKeyRange.bound([query.stage, -Infinity], [query.stage, Infinity])]
      : [store.index('by-updated'), undefined];
    const words = query.search?.toLocaleLowerCase().split(/\s+/).filter(Boolean) ?? [];
    if (words.length === 0) {
      const total = await index.count(range);
      const contacts: Contact[] = [];
      let cursor = await index.openCursor(range, 'prev');
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      while (cursor && contacts.length < limit) {
        contacts.push(cursor.value);
        cursor = await cursor.continue();
      }
      return succeed({ contacts, total });
    }
    // Search reads every contact once; 10,000 contacts take milliseconds, and no index fits free text.
    const matches = (await index.getAll(range))
      .reverse()
      .filter((contact) => {
        const haystack = searchableText(contact);
        return words.every((word) => haystack.includes(word));
      });
    return succeed({ contacts: matches.slice(offset, offset + limit), total: matches.length });
  } catch (error) {
    return failureOf(error);
  }
}
