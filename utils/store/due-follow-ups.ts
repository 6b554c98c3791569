import { snapshotOf } from './contact-snapshot';
import { allStores, type Database, type ReadTransaction } from './database';
import { inTransaction } from './in-transaction';
import { failureOf, succeed, type Outcome } from './outcome';
import { openStates, type ContactSnapshot, type FollowUp } from './records';

/** A follow-up with what a page or a nudge shows of its contact. */
export interface DueFollowUp {
  followUp: FollowUp;
  contact: ContactSnapshot & { url: string };
}

const openRange = (state: string, until: number) => IDBKeyRange.bound([state, -Infinity], [state, until]);

/** Open follow-ups due by `until`, oldest first: one index range per open state, no scan. */
async function openDueIn(tx: ReadTransaction, until: number): Promise<FollowUp[]> {
  const index = tx.objectStore('followUps').index('by-state-due');
  const batches = await Promise.all(openStates.map((state) => index.getAll(openRange(state, until))));
  return batches.flat().sort((a, b) => a.dueAt - b.dueAt);
}

/** Each follow-up's snapshot of its contact; only records from before snapshots read the contact. */
async function withContacts(tx: ReadTransaction, followUps: FollowUp[]): Promise<DueFollowUp[]> {
  const contacts = tx.objectStore('contacts');
  const snapshots = await Promise.all(
    followUps.map(async ({ snapshot, contactUrl }) => {
      if (snapshot) return snapshot;
      const contact = await contacts.get(contactUrl);
      return contact && snapshotOf(contact);
    }),
  );
  return followUps.flatMap((followUp, index) => {
    const snapshot = snapshots[index];
    return snapshot ? [{ followUp, contact: { url: followUp.contactUrl, ...snapshot } }] : [];
  });
}

/** Everything waiting for the user by `until` (now for "due", later for "this week"). */
export async function listDue(db: Database, until: number): Promise<Outcome<DueFollowUp[]>> {
  try {
    const tx = db.transaction(allStores, 'readonly');
    return succeed(await withContacts(tx, await openDueIn(tx, until)));
  } catch (error) {
    return failureOf(error);
  }
}

/** How many follow-ups are due now: the toolbar badge. */
export async function countDue(db: Database, now: number): Promise<number> {
  const index = db.transaction('followUps', 'readonly').store.index('by-state-due');
  const counts = await Promise.all(openStates.map((state) => index.count(openRange(state, now))));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** When the next nudge is owed: the earliest open follow-up not notified yet, if any. */
export async function nextNudgeAt(db: Database): Promise<number | undefined> {
  const index = db.transaction('followUps', 'readonly').store.index('by-state-due');
  let earliest: number | undefined;
  for (const state of openStates) {
    let cursor = await index.openCursor(openRange(state, Infinity));
    // Overdue follow-ups already nudged are skipped: each is notified once.
    while (cursor && cursor.value.notifiedAt !== undefined) cursor = await cursor.continue();
    if (cursor && (earliest === undefined || cursor.value.dueAt < earliest)) earliest = cursor.value.dueAt;
  }
  return earliest;
}

/**
 * The follow-ups due now that no notification has named yet, marked as notified in the same
 * transaction. Marking comes first: a worker stopped right after can miss a nudge (the badge
 * and the dashboard still show it) but can never show one twice.
 */
export function takeNudges(db: Database, now: number): Promise<Outcome<DueFollowUp[]>> {
  return inTransaction(db, async (tx) => {
    const fresh = (await openDueIn(tx, now)).filter((followUp) => followUp.notifiedAt === undefined);
    const followUps = tx.objectStore('followUps');
    const marked = fresh.map((followUp) => ({ ...followUp, notifiedAt: now }));
    for (const followUp of marked) await followUps.put(followUp);
    return succeed(await withContacts(tx, marked));
  });
}
