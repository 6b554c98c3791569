import type { ConnectionState } from '@/utils/linkedin/profile';
import type { KnownContact } from './stages';


function heardBack(contact: KnownContact): boolean {
  return contact.history.some((entry) => entry.kind === 'accepted' || entry.kind === 'replied');
}

/** When our first message went: logged as sent, or when the contact was saved. */
export function sentAt(contact: { history: readonly { kind: string; at: number }[]; createdAt: number }): number {
  return contact.history.find((entry) => entry.kind === 'sent')?.at ?? contact.createdAt;
}

/**
 * When the invitation we still wait on was sent: our first message went as a connection
 * note and no acceptance or reply is logged since. Undefined otherwise.
 */
export function invitedAt(contact: KnownContact): number | undefined {
  if (contact.message?.channel !== 'connection-note' || heardBack(contact)) return undefined;
  return sentAt(contact);
}

/** A day and a half: LinkedIn's export gives the day you connected (kept at 12:00 UTC), not the hour. */
const oneDayAnyZone = 36 * 3_600_000;

/**
 * LinkedIn's data export says you connected on the day the invitation went or later (an
 * earlier connection is not an answer to it).
 */
function connectedSinceInvited(contact: KnownContact): boolean {
  if (contact.connectedAt === undefined) return false;
  return contact.connectedAt > sentAt(contact) - oneDayAnyZone;
}

/**
 * The profile shows them as a 1st-degree connection (or LinkedIn's data export says you
 * connected since) while we still wait for them to accept: they accepted, and the popup
 * offers to log it. Only before any reply (reached out or checked in), and only when the
 * first message went as an invitation (or we do not know how).
 */
export function acceptedSinceLastLook(contact: KnownContact, connection: ConnectionState | undefined): boolean {
  if (connection !== 'first-degree' && !connectedSinceInvited(contact)) return false;
  if (contact.stage !== 'reached-out' && contact.stage !== 'checked-in') return false;
  if (heardBack(contact)) return false;
  return contact.message === undefined || contact.message.channel === 'connection-note';
}

/**
 * When they accepted, as LinkedIn's export tells it: the day you connected, but never before
 * the invitation went (the export keeps the day at 12:00 UTC, so an invitation sent that
 * afternoon would otherwise be logged as accepted before it was sent).
 */
export function acceptedOnConnection(contact: KnownContact & { connectedAt: number }): number {
  return Math.max(contact.connectedAt, sentAt(contact));
}
