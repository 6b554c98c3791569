import type { Clock } from '@/utils/relationship/clock';
import { invitedAt } from '@/utils/relationship/invitation';
import { planFollowUps } from '@/utils/relationship/plan-follow-ups';
import type { PlanSettings } from '@/utils/relationship/plan-settings';
import { snapshotOf } from '../schema/contact-snapshot';
import type { WriteTransaction } from '../schema/database';
import { openStates, type Contact, type FollowUp } from '../schema/records';

/**
 * Something happened with a contact (at `at`): what was still waiting is cancelled and the
 * plan for their stage now replaces it. This is what makes logging contact reset the timer.
 */
export async function resetFollowUps(
  tx: WriteTransaction,
  contact: Contact,
  at: number,
  clock: Clock,
  plan: PlanSettings,
): Promise<void> {
  const followUps = tx.objectStore('followUps');
  let cursor = await followUps.index('by-contact').openCursor(contact.url);
  while (cursor) {
    if (openStates.includes(cursor.value.state)) {
      await cursor.update({ ...cursor.value, state: 'cancelled', closedAt: clock.now });
    }
    cursor = await cursor.continue();
  }
  const { url: contactUrl, stage, meetingAt, pausedUntil } = contact;
  const snapshot = snapshotOf(contact);
  const invited = invitedAt(contact);
  const change = { stage, at, meetingAt, pausedUntil, ...(invited !== undefined && { invitedAt: invited }) };
  for (const planned of planFollowUps(change, clock.now, clock.timeZone, plan)) {
    const followUp: Omit<FollowUp, 'id'> = { contactUrl, ...planned, state: 'pending', since: at, snapshot };
    await followUps.add(followUp as FollowUp);
  }
}

/** Points a contact's follow-ups at their new address after a slug change or a merge. */
export async function moveFollowUps(tx: WriteTransaction, from: string, to: string): Promise<void> {
  let cursor = await tx.objectStore('followUps').index('by-contact').openCursor(from);
  while (cursor) {
    await cursor.update({ ...cursor.value, contactUrl: to });
    cursor = await cursor.continue();
  }
}
