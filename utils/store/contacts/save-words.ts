import type { Clock } from '@/utils/relationship/clock';
import type { Database } from '../schema/database';
import { findContact } from '../schema/find-contact';
import { inTransaction } from '../schema/in-transaction';
import { fail, succeed, type Outcome } from '../schema/outcome';
import { wordFields, type Contact, type WordField } from '../schema/records';
import { storeText } from '../schema/store-text';
import { writeContact } from '../schema/write-contact';

export { wordFields, type WordField } from '../schema/records';

/** One field's edit: the words the page showed before (`was`) and what the user typed (`now`). */
export interface WordChange {
  was: string;
  now: string;
}

export interface WordsInput {
  url: string;
  /** The contact's version (its updatedAt) the page's words were based on. */
  basedOn: number;
  changes: Partial<Record<WordField, WordChange>>;
}

/**
 * Saves what the user typed, field by field, and nothing else: never a copy of the profile,
 * so a page opened before a newer save cannot revert it. A write based on an older version is
 * merged where its fields were not changed since, and refused where they were, so no one's
 * words are silently lost. A contact that is gone (erased) is never re-created by a late save.
 */
export function saveWords(db: Database, input: WordsInput, clock: Clock): Promise<Outcome<Contact>> {
  return inTransaction(db, async (tx) => {
    const stored = await findContact(tx, { url: input.url });
    if (!stored) return fail(storeText.contactGone);
    const current = stored.updatedAt === input.basedOn;
    const next: Contact = { ...stored, updatedAt: Math.max(clock.now, stored.updatedAt + 1) };
    for (const field of wordFields) {
      const change = input.changes[field];
      if (!change) continue;
      const untouched = current || stored[field] === change.was || stored[field] === change.now;
      if (!untouched) return fail(storeText.changedElsewhere);
      next[field] = change.now;
    }
    await writeContact(tx, next, stored);
    return succeed(next);
  });
}
