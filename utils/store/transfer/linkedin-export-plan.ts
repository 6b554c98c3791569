import { acceptedOnConnection, acceptedSinceLastLook } from '@/utils/relationship/invitation';
import { replyIsNew } from '@/utils/relationship/reply-time';
import type { Contact } from '../schema/records';
import type { ExportPerson } from '@/utils/linkedin-export/read-export';

/** What LinkedIn's export changes for one saved contact, and the steps it offers (never takes). */
export interface ContactChange {
  /** The contact with the export's facts kept. */
  contact: Contact;
  /** A connection date they did not have (or a different one). */
  connectionDate: boolean;
  /** Messages with them the export holds, when it tells more than what was kept. */
  messages: number;
  /** They wrote after the last step we know of: offered for logging. */
  replyAt?: number;
  /** We still wait on our invitation and the export says you are connected: "they accepted", offered. */
  acceptedAt?: number;
}

/**
 * What the export says about a saved contact: the day you connected and who wrote last, kept
 * on the contact; a reply after the last step logged and an accepted invitation are offers
 * for the user to log, so stage and history stay as they are. Undefined when it tells nothing
 * new (the same export applied again changes nothing).
 */
export function planContactChange(saved: Contact, person: ExportPerson, now: number): ContactChange | undefined {
  const contact: Contact = { ...saved };
  const connectionDate = person.connectedAt !== undefined && person.connectedAt !== saved.connectedAt;
  if (connectionDate) contact.connectedAt = person.connectedAt!;
  const facts = person.messages;
  const newer = facts !== undefined && (saved.linkedInMessages === undefined || facts.lastAt > saved.linkedInMessages.lastAt || (facts.lastAt === saved.linkedInMessages.lastAt && facts.count > saved.linkedInMessages.count));
  if (newer) contact.linkedInMessages = { ...facts };
  if (!connectionDate && !newer) return undefined;
  contact.updatedAt = now;
  const change: ContactChange = { contact, connectionDate, messages: newer ? facts.count : 0 };
  if (newer && facts.theirLastAt !== undefined && replyIsNew(saved, facts.theirLastAt)) change.replyAt = facts.theirLastAt;
  if (connectionDate && acceptedSinceLastLook(contact, undefined)) change.acceptedAt = acceptedOnConnection({ ...contact, connectedAt: person.connectedAt! });
  return change;
}
