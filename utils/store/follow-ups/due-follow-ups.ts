import { snapshotOf } from '../schema/contact-snapshot';
import type { Database, MentorDB } from '../schema/database';
import type { IDBPTransaction } from 'idb';
import { inTransaction } from '../schema/in-transaction';
import { failureOf, succeed, type Outcome } from '../schema/outcome';
import { openStates, type ContactSnapshot, type FollowUp } from '../schema/records';

/** A follow-up with what a page or a nudge shows of its contact. */
export interface DueFollowUp {
  followUp: FollowUp;
  contact: ContactSnapshot & { url: string };
}

/** A due list reads follow-ups, and contacts only for follow-ups from before snapshots: a transaction over those two alone. */
const dueStores: ['followUps', 'contacts'] = ['followUps', 'contacts'];

type DueRead = IDBPTransaction<MentorDB, typeof dueStores, 'readonly'>;

const openRange = (state: string, until: number) => IDBKeyRange.bound([state, -Infinity], [state, until]);

/** Open follow-ups due by `until`, oldest first: one index range per open state, no scan. */
async function openDueIn(tx: DueRead, until: number): Promise<FollowUp[]> {
  const index = tx.objectStore('followUps').index('by-state-due');
  const batches = await Promise.all(openStates.map((state) => index.getAll(openRange(state, until))));
  return batches.flat().sort((a, b) => a.dueAt - b.dueAt);
}

/** Each follow-up's snapshot of its contact; only records from before snapshots read the contact. */
async function withContacts(tx: DueRead, followUps: FollowUp[]): Promise<DueFollowUp[]> {
  const contacts = tx.objectStore('contacts');
  const snapshots = await Promise.all(
    followUps.map(async ({ snapshot, contactUrl }) => {
      if (snapshot) return snapshot;
      const contact = await contacts.get(contactUrl);
      return contact && snapshotOf(contact);
    }),
  );
  // The snapshot goes once, as the contact: a page is sent a due list of thousands at 10,000 contacts.
  return followUps.flatMap(({ snapshot: _kept, ...followUp }, index) => {
    const snapshot = snapshots[index];
    return snapshot ? [{ followUp, contact: { url: followUp.contactUrl, ...snapshot } }] : [];
  });
}

/** Everything waiting for the user by `until` (now for "due", later for "this week"). */
export async function listDue(db: Database, until: number): Promise<Outcome<DueFollowUp[]>> {
  try {
    const tx = db.transaction(dueStores, 'readonly');
    return succeed(await withContacts(tx, await openDueIn(tx, until)));
  } catch (error) {
    return failureOf(error);
  }
}

/** A stretch of Coming up: open follow-ups due from `from` to `to`, both included (epoch ms); `whole` for all of them, not the first few. */
export interface DueRange {
  from: number;
  to: number;
  whole?: boolean;
}

/** A stretch of Coming up as a page shows it: its first follow-ups (or all), and how many it holds. */
export interface DuePart {
  shown: DueFollowUp[];
  total: number;
}

/**
 * Coming up a stretch at a time: for each range, how many open follow-ups it holds, counted in
 * the index, and the first `first` of them (all, when `whole`), oldest first; only those are read
 * and sent. At 10,000 contacts a page was sent every follow-up to show 40 (2.7 MB, which cost
 * more to pass than to read), and reading all 10,000 records took ~200 ms where counting them
 * in the index is a fraction.
 */
export async function listDueIn(db: Database, { ranges, first }: { ranges: readonly DueRange[]; first: number }): Promise<Outcome<DuePart[]>> {
  try {
    const tx = db.transaction(dueStores, 'readonly');
    const index = tx.objectStore('followUps').index('by-state-due');
    const parts = await Promise.all(
      ranges.map(async ({ from, to, whole }) => {
        const byState = await Promise.all(
          openStates.map(async (state) => {
            const range = IDBKeyRange.bound([state, from], [state, to]);
            // The first few of each state hold the first few of all: the index is in date order within a state.
            const [followUps, total] = await Promise.all([index.getAll(range, whole ? undefined : first), whole ? undefined : index.count(range)]);
            return { followUps, total: total ?? followUps.length };
          }),
        );
        const followUps = byState.flatMap((found) => found.followUps).sort((a, b) => a.dueAt - b.dueAt);
        const shown = await withContacts(tx, whole ? followUps : followUps.slice(0, first));
        return { shown, total: whole ? shown.length : byState.reduce((sum, found) => sum + found.total, 0) };
      }),
    );
    return succeed(parts);
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

/**
 * When the next nudge is owed: the earliest open follow-up not notified yet, if any. Those due
 * by `now` are read in one request per state (not stepped through one by one: 200 overdue cost
 * Chrome 200 round trips); after them, the first one due later, which no nudge can have named.
 */
export async function nextNudgeAt(db: Database, now: number): Promise<number | undefined> {
  const index = db.transaction('followUps', 'readonly').store.index('by-state-due');
  const found = await Promise.all(
    openStates.map(async (state) => {
      const [due, later] = await Promise.all([
        index.getAll(openRange(state, now)),
        index.get(IDBKeyRange.bound([state, now], [state, Infinity], true)),
      ]);
      // Overdue follow-ups already nudged are skipped: each is notified once.
      return [...due.filter((followUp) => followUp.notifiedAt === undefined), ...(later ? [later] : [])].map((followUp) => followUp.dueAt);
    }),
  );
  const times = found.flat();
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** The follow-ups due now that no notification has named yet. */
export async function unnotifiedDue(db: Database, now: number): Promise<Outcome<DueFollowUp[]>> {
  try {
    const tx = db.transaction(dueStores, 'readonly');
    const fresh = (await openDueIn(tx, now)).filter((followUp) => followUp.notifiedAt === undefined);
    return succeed(await withContacts(tx, fresh));
  } catch (error) {
    return failureOf(error);
  }
}

/**
 * Marks follow-ups as named by a notification, once it is shown: a worker stopped in between
 * shows it again on its next start (under the same notification id, so it replaces itself
 * rather than appearing twice), and a nudge is never lost.
 */
export function markNotified(db: Database, ids: readonly number[], now: number): Promise<Outcome<number>> {
  return inTransaction(db, async (tx) => {
    const followUps = tx.objectStore('followUps');
    const found = await Promise.all(ids.map((id) => followUps.get(id)));
    const marked = found.filter((followUp): followUp is FollowUp => followUp?.notifiedAt === undefined);
    await Promise.all(marked.map((followUp) => followUps.put({ ...followUp, notifiedAt: now })));
    return succeed(marked.length);
  });
}

/** The follow-ups due now that no notification has named yet, marked as notified. */
export async function takeNudges(db: Database, now: number): Promise<Outcome<DueFollowUp[]>> {
  const fresh = await unnotifiedDue(db, now);
  if (!fresh.ok) return fresh;
  const marked = await markNotified(db, fresh.value.map(({ followUp }) => followUp.id), now);
  return marked.ok ? succeed(fresh.value.map((due) => ({ ...due, followUp: { ...due.followUp, notifiedAt: now } }))) : marked;
}
