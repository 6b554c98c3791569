import { planContactChange } from './linkedin-export-plan';
import type { ExportPerson } from '@/utils/linkedin-export/read-export';
import type { Clock } from '@/utils/relationship/clock';
import { contactName } from '../schema/contact-snapshot';
import type { Database } from '../schema/database';
import { findContact } from '../schema/find-contact';
import { inTransaction } from '../schema/in-transaction';
import { offerReply } from '../follow-ups/notice-replies';
import { succeed, type Outcome } from '../schema/outcome';
import type { LinkedInMessages } from '../schema/records';
import { writeContact } from '../schema/write-contact';

/** One saved contact the export tells something new about, as the options page lists it. */
export interface ExportedContact {
  url: string;
  name: string;
  connectedAt?: number;
  messages?: LinkedInMessages;
  /** Their reply, offered for logging (a "log their reply" follow-up waits for the user's click). */
  replyAt?: number;
  /** They accepted our invitation: offered for logging. */
  acceptedAt?: number;
}

/** What importing LinkedIn's export does (or, for a preview, would do). */
export interface LinkedInExportSummary {
  /** Saved contacts the export names. */
  matched: number;
  /** Saved contacts that get a connection date. */
  connectionDates: number;
  /** Messages with saved contacts. */
  messages: number;
  replies: number;
  accepted: number;
  /** People in Connections.csv who are not saved contacts: left out, never added. */
  notSavedConnections: number;
  /** People with conversations (and no connection row) who are not saved contacts: left out too. */
  notSavedConversations: number;
  /** The saved contacts that change, in the export's order. */
  changes: ExportedContact[];
}

/**
 * Keeps what LinkedIn's export says about saved contacts: the day you connected and who wrote
 * last. A reply after the last step we know of is offered (a "log their reply" follow-up, as
 * for a conversation seen on screen); stage and history never change here. Nobody is added.
 * All or nothing, in one transaction; `apply` false is a preview that changes nothing.
 */
export function importLinkedInExport(db: Database, { people, apply }: { people: ExportPerson[]; apply: boolean }, clock: Clock): Promise<Outcome<LinkedInExportSummary>> {
  return inTransaction(
    db,
    async (tx) => {
      const summary: LinkedInExportSummary = { matched: 0, connectionDates: 0, messages: 0, replies: 0, accepted: 0, notSavedConnections: 0, notSavedConversations: 0, changes: [] };
      const seen = new Set<string>();
      for (const person of people) {
        const saved = await findContact(tx, { url: person.url, ...(person.memberId && { memberId: person.memberId }) });
        if (!saved) {
          if (person.connectedAt !== undefined) summary.notSavedConnections++;
          else summary.notSavedConversations++;
          continue;
        }
        // Two addresses of one person (their name and their member id) count once.
        if (!seen.has(saved.url)) summary.matched++;
        seen.add(saved.url);
        const change = planContactChange(saved, person, clock.now);
        if (!change) continue;
        const { contact } = change;
        await writeContact(tx, contact, saved);
        if (change.connectionDate) summary.connectionDates++;
        summary.messages += change.messages;
        const offeredReply = change.replyAt !== undefined && (await offerReply(tx, contact, change.replyAt));
        if (offeredReply) summary.replies++;
        if (change.acceptedAt !== undefined) summary.accepted++;
        summary.changes.push({
          url: contact.url,
          name: contact.profile.name ?? contactName(contact),
          ...(contact.connectedAt !== undefined && { connectedAt: contact.connectedAt }),
          ...(contact.linkedInMessages && { messages: contact.linkedInMessages }),
          ...(offeredReply && { replyAt: change.replyAt! }),
          ...(change.acceptedAt !== undefined && { acceptedAt: change.acceptedAt }),
        });
      }
      return succeed(summary);
    },
    apply,
  );
}
