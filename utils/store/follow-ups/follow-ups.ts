import type { Clock } from '@/utils/relationship/clock';
import { snoozeUntil, type SnoozeChoice } from '@/utils/relationship/snooze-until';
import { interactionOnDone, stageAfter } from '@/utils/relationship/stage-after';
import { advanceContact } from './advance-contact';
import type { Database, WriteTransaction } from '../schema/database';
import { inTransaction } from '../schema/in-transaction';
import { fail, succeed, type Outcome } from '../schema/outcome';
import { openStates, type FollowUp } from '../schema/records';
import { settingsIn } from '../schema/settings';
import { storeText } from '../schema/store-text';

async function openFollowUp(tx: WriteTransaction, id: number): Promise<Outcome<FollowUp>> {
  const followUp = await tx.objectStore('followUps').get(id);
  if (!followUp) return fail(storeText.noFollowUp);
  if (!openStates.includes(followUp.state)) return fail(storeText.followUpClosed);
  return succeed(followUp);
}

/** Puts a follow-up off; it will be nudged again when the new time comes. */
export function snoozeFollowUp(
  db: Database,
  input: { id: number; choice: SnoozeChoice },
  clock: Clock,
): Promise<Outcome<FollowUp>> {
  return inTransaction(db, async (tx) => {
    const found = await openFollowUp(tx, input.id);
    if (!found.ok) return found;
    const dueAt = snoozeUntil(input.choice, clock.now, clock.timeZone);
    if (dueAt <= clock.now) return fail(storeText.snoozeInPast);
    const { notifiedAt: _nudged, ...rest } = found.value;
    const snoozed: FollowUp = { ...rest, state: 'snoozed', dueAt };
    await tx.objectStore('followUps').put(snoozed);
    return succeed(snoozed);
  });
}

/** Moves a follow-up to another time (the dashboard's date picker; tests make one due now). */
export function setFollowUpDue(db: Database, input: { id: number; dueAt: number }): Promise<Outcome<FollowUp>> {
  return inTransaction(db, async (tx) => {
    const found = await openFollowUp(tx, input.id);
    if (!found.ok) return found;
    const { notifiedAt: _nudged, ...rest } = found.value;
    const moved: FollowUp = { ...rest, dueAt: input.dueAt };
    await tx.objectStore('followUps').put(moved);
    return succeed(moved);
  });
}

/**
 * The user did what the follow-up asked. Where that is contact (a check-in, a thank-you),
 * it is logged as such, and the plan moves on to the next step.
 */
export function finishFollowUp(db: Database, input: { id: number }, clock: Clock): Promise<Outcome<FollowUp>> {
  return inTransaction(db, async (tx) => {
    const found = await openFollowUp(tx, input.id);
    if (!found.ok) return found;
    const done: FollowUp = { ...found.value, state: 'done', closedAt: clock.now };
    await tx.objectStore('followUps').put(done);
    const interaction = interactionOnDone[done.kind];
    const contact = await tx.objectStore('contacts').get(done.contactUrl);
    if (interaction && contact) {
      const { plan } = await settingsIn(tx);
      const step = { stage: stageAfter(interaction, contact.stage), at: clock.now, interaction };
      await advanceContact(tx, contact, step, clock, plan, contact);
    }
    return succeed(done);
  });
}
