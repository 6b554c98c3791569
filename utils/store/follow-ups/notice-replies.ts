import type { ThreadReading } from '@/utils/linkedin/read-thread';
import type { Clock } from '@/utils/relationship/clock';
import { replyIsNew, replyTime } from '@/utils/relationship/reply-time';
import { snapshotOf } from '../schema/contact-snapshot';
import { findContact } from '../schema/find-contact';
import { inTransaction } from '../schema/in-transaction';
import type { Database, WriteTransaction } from '../schema/database';
import { succeed, type Outcome } from '../schema/outcome';
import { openStates, type Contact, type FollowUp } from '../schema/records';

/**
 * Offers a reply of theirs written at `at` for logging: a "log their reply" follow-up, due at
 * once so the badge counts it. Nothing is logged. Only a reply after every step we know of,
 * and only once (seen again, or while one is still open, it adds nothing). True when added.
 */
export async function offerReply(tx: WriteTransaction, contact: Contact, at: number): Promise<boolean> {
  if (!replyIsNew(contact, at)) return false;
  const followUps = tx.objectStore('followUps');
  const theirs = await followUps.index('by-contact').getAll(contact.url);
  if (theirs.some((followUp) => followUp.kind === 'log-reply' && (openStates.includes(followUp.state) || followUp.since >= at))) return false;
  const followUp: Omit<FollowUp, 'id'> = {
    contactUrl: contact.url,
    kind: 'log-reply',
    dueAt: at,
    state: 'pending',
    since: at,
    snapshot: snapshotOf(contact),
  };
  await followUps.add(followUp as FollowUp);
  return true;
}

/**
 * A conversation the user opened shows that a saved contact wrote last, after the last
 * interaction we know of: their reply is offered for logging (offerReply). The contact's
 * stage and history change only when the user says so. Returns how many replies were new.
 */
export function noticeReplies(db: Database, { threads }: { threads: ThreadReading[] }, clock: Clock): Promise<Outcome<number>> {
  return inTransaction(db, async (tx) => {
    let noticed = 0;
    for (const thread of threads) {
      if (thread.lastFrom !== 'them') continue;
      const contact = await findContact(tx, { url: thread.with });
      if (!contact) continue;
      const at = replyTime(thread.day, thread.time, clock) ?? clock.now;
      if (await offerReply(tx, contact, at)) noticed++;
    }
    return succeed(noticed);
  });
}
