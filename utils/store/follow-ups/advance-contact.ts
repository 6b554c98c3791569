import type { Clock } from '@/utils/relationship/clock';
import type { PlanSettings } from '@/utils/relationship/plan-settings';
import type { InteractionKind, Stage } from '@/utils/relationship/stages';
import { keepSnapshots } from '../schema/contact-snapshot';
import type { WriteTransaction } from '../schema/database';
import type { Contact, Interaction } from '../schema/records';
import { resetFollowUps } from './reset-follow-ups';
import { writeContact } from '../schema/write-contact';

/** A step in the relationship: the stage it leads to, and what happened, when. */
export interface Step {
  stage: Stage;
  at: number;
  meetingAt?: number;
  /** "Not now": the day they named. */
  pausedUntil?: number;
  interaction?: InteractionKind;
  note?: string;
}

/** History stays in date order however late an interaction is logged. */
function withInteraction(history: Interaction[], interaction: Interaction): Interaction[] {
  const later = history.findIndex((entry) => entry.at > interaction.at);
  return later < 0 ? [...history, interaction] : [...history.slice(0, later), interaction, ...history.slice(later)];
}

/**
 * Moves a contact one step inside an open transaction: records the interaction, sets the
 * stage, and replaces waiting follow-ups with the plan for the new stage. A draft that was
 * not sent is not contact, so it does not reset the plan. `stored` is what the database holds
 * at the contact's address: the contact itself, unless they are new or just changed address.
 */
export async function advanceContact(
  tx: WriteTransaction,
  contact: Contact,
  step: Step,
  clock: Clock,
  plan: PlanSettings,
  stored: Contact | undefined,
): Promise<Contact> {
  const interaction: Interaction | undefined = step.interaction && {
    kind: step.interaction,
    at: step.at,
    ...(step.note !== undefined && { note: step.note }),
  };
  const next: Contact = {
    ...contact,
    stage: step.stage,
    ...(step.meetingAt !== undefined && { meetingAt: step.meetingAt }),
    ...(step.pausedUntil !== undefined && { pausedUntil: step.pausedUntil }),
    history: interaction ? withInteraction(contact.history, interaction) : contact.history,
    updatedAt: clock.now,
  };
  // A pause belongs to "not now" alone: any other stage forgets the day they named.
  if (step.stage !== 'not-now') delete next.pausedUntil;
  await writeContact(tx, next, stored);
  if (step.interaction === 'drafted') await keepSnapshots(tx, next);
  else await resetFollowUps(tx, next, step.at, clock, plan);
  return next;
}
