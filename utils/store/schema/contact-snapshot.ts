import type { WriteTransaction } from './database';
import { openStates, type Contact, type ContactSnapshot } from './records';

/** What to call someone in a nudge: their first name, else their name, else their slug. */
export function contactName(contact: Contact): string {
  return contact.profile.firstName ?? contact.profile.name ?? contact.profile.slug;
}

export function snapshotOf(contact: Contact): ContactSnapshot {
  const { stage, meetingAt } = contact;
  return { name: contactName(contact), stage, ...(meetingAt !== undefined && { meetingAt }) };
}

const sameSnapshot = (a: ContactSnapshot | undefined, b: ContactSnapshot) =>
  a?.name === b.name && a.stage === b.stage && a.meetingAt === b.meetingAt;

/**
 * A contact saved without a new plan (a new name read from their profile, a note, an import)
 * hands its open follow-ups the snapshot they show, so the due list never reads a stale one.
 */
export async function keepSnapshots(tx: WriteTransaction, contact: Contact): Promise<void> {
  const snapshot = snapshotOf(contact);
  let cursor = await tx.objectStore('followUps').index('by-contact').openCursor(contact.url);
  while (cursor) {
    const followUp = cursor.value;
    if (openStates.includes(followUp.state) && !sameSnapshot(followUp.snapshot, snapshot)) await cursor.update({ ...followUp, snapshot });
    cursor = await cursor.continue();
  }
}
