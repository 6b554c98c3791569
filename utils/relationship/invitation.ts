import type { ConnectionState } from '@/utils/linkedin/profile';
import type { Channel } from '@/utils/outreach/channels';
import type { Contact } from '@/utils/store/records';

type Known = Pick<Contact, 'stage' | 'message' | 'history' | 'createdAt'>;

function heardBack(contact: Known): boolean {
  return contact.history.some((entry) => entry.kind === 'accepted' || entry.kind === 'replied');
}

/**
 * When the invitation we still wait on was sent: our first message went as a connection
 * note and no acceptance or reply is logged since. Undefined otherwise.
 */
export function invitedAt(contact: Known): number | undefined {
  if (contact.message?.channel !== 'connection-note' || heardBack(contact)) return undefined;
  return contact.history.find((entry) => entry.kind === 'sent')?.at ?? contact.createdAt;
}

/**
 * The profile shows them as a 1st-degree connection while we still wait for them to accept:
 * they accepted, and the popup offers to log it. Only before any reply (reached out or
 * checked in), and only when the first message went as an invitation (or we do not know how).
 */
export function acceptedSinceLastLook(contact: Known, connection: ConnectionState | undefined): boolean {
  if (connection !== 'first-degree') return false;
  if (contact.stage !== 'reached-out' && contact.stage !== 'checked-in') return false;
  if (heardBack(contact)) return false;
  return contact.message === undefined || contact.message.channel === 'connection-note';
}

/**
 * Where a first message goes, as the profile says where we stand: a 1st-degree connection
 * can be messaged (no invitation, no InMail credit spent); anyone else gets an invitation note.
 */
export function firstChannel(connection: ConnectionState | undefined): Channel {
  return connection === 'first-degree' ? 'message' : 'connection-note';
}
