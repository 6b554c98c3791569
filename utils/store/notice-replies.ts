import type { ThreadReading } from '@/utils/linkedin/read-thread';
import type { Clock } from '@/utils/relationship/clock';
import { replyTime } from '@/utils/relationship/reply-time';
import { snapshotOf } from './contact-snapshot';
import { findContact } from './find-contact';
import { inTransaction } from './in-transaction';
import type { Database } from './database';
import { succeed, type Outcome } from './outcome';
import { openStates, type FollowUp } from './records';

/**
 * A conversation the user opened shows that a saved contact wrote last, after the last
 * interaction we know of: a "log their reply" follow-up is added (due at once, so the badge
 * counts it). Nothing is logged: the contact's stage and history change only when the user
 * says so. Seen again, the same reply adds nothing. Returns how many replies were new.
 */
export function noticeReplies(db: Database, { threads }: { threads: ThreadReading[] }, clock: Clock): Promise<Outcome<number>> {
  return inTransaction(db, async (tx) => {
    let noticed = 0;
    for (const thread of threads) {
      if (thread.lastFrom !== 'them') continue;
      const contact = await findContact(tx, { url: thread.with });
      if (!contact || contact.stage === 'do-not-contact') continue;
      const at = replyTime(thread.day, thread.time, clock) ?? clock.now;
      const lastKnown = Math.max(contact.createdAt, ...contact.history.map((entry) => entry.at));
      if (at <= lastKnown) continue;
      const followUps = tx.objectStore('followUps');
      const theirs = await followUps.index('by-contact').getAll(contact.url);
      if (theirs.some((followUp) => followUp.kind === 'log-reply' && (openStates.includes(followUp.state) || followUp.since >= at))) continue;
      const followUp: Omit<FollowUp, 'id'> = {
        contactUrl: contact.url,
        kind: 'log-reply',
        dueAt: at,
        state: 'pending',
        since: at,
        snapshot: snapshotOf(contact),
      };
      await followUps.add(followUp as FollowUp);
      noticed++;
    }
    return succeed(noticed);
  });
}
