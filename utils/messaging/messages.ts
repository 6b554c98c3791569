import type { NotProfileReason, Profile } from '@/utils/linkedin/profile';
import type { ThreadReading } from '@/utils/linkedin/read-thread';
import type { SnoozeChoice } from '@/utils/relationship/snooze-until';
import type { ContactPage, ContactQuery, ContactView, SentFirstMessage } from '@/utils/store/contacts/contact-queries';
import type { ContactInput, InteractionInput, StageInput } from '@/utils/store/contacts/contacts';
import type { StoreNotice } from '@/utils/store/transfer/backup';
import type { DueFollowUp, DuePart, DueRange } from '@/utils/store/follow-ups/due-follow-ups';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import type { ImportSummary } from '@/utils/store/transfer/import-data';
import type { ExportPerson } from '@/utils/linkedin-export/read-export';
import type { LinkedInExportSummary } from '@/utils/store/transfer/linkedin-export';
import type { Outcome } from '@/utils/store/schema/outcome';
import type { Contact, FollowUp, StoredSettings } from '@/utils/store/schema/records';
import type { WordsInput } from '@/utils/store/contacts/save-words';

/**
 * What the popup asks the content script on a LinkedIn tab.
 * One definition, imported by both sides, so a change of shape is a type error on both
 * (sent and read with utils/messaging/wire.ts).
 */
export interface PageProtocol {
  /** Read the profile the tab shows now (LinkedIn swaps profiles without a page load). */
  readProfile(): PageReading;
}

/**
 * The content script's answer: the address the tab is at now, and the profile read from it
 * (absent while the page is not a profile or has not rendered one yet).
 */
export interface PageReading {
  url: string;
  /** Whether the address is a person's profile (the feed, search … are not). */
  onProfile: boolean;
  profile?: Profile;
  /** What a profile address shows instead of a person: a sign-in wall, "not found" … (issue 27). */
  notProfile?: NotProfileReason;
}

/**
 * What pages ask the background worker, the only writer of the database. Every answer is an
 * Outcome: the value, or a plain-words reason. The worker checks each request's data before
 * acting (utils/messaging/request-checks.ts), so a malformed one gets an error reply, not a crash.
 */
export interface WorkerProtocol {
  /** Saves a contact, merging into the saved one; a new one starts at "reached out" with its plan. */
  saveContact(data: ContactInput): Outcome<Contact>;
  /**
   * Saves the words typed about a saved contact (notes, takeaways …) as themselves, checked
   * against the version the page was based on; never creates a contact.
   */
  saveWords(data: WordsInput): Outcome<Contact>;
  /** Logs what happened; the stage follows and waiting follow-ups are replaced. */
  logInteraction(data: InteractionInput): Outcome<Contact>;
  changeStage(data: StageInput): Outcome<Contact>;
  snoozeFollowUp(data: { id: number; choice: SnoozeChoice }): Outcome<FollowUp>;
  finishFollowUp(data: { id: number }): Outcome<FollowUp>;
  setFollowUpDue(data: { id: number; dueAt: number }): Outcome<FollowUp>;
  /** By address, or by member id after a slug change; null when not saved. */
  getContact(data: { url?: string; memberId?: string }): Outcome<ContactView | null>;
  listContacts(data: ContactQuery): Outcome<ContactPage>;
  /** Several lists in one reply, in the order asked: the dashboard's every stage at once. */
  listGroups(data: { queries: ContactQuery[] }): Outcome<ContactPage[]>;
  /** First messages saved for other contacts, newest first: the checker warns about sending the same words twice. */
  recentMessages(data: { exceptUrl?: string; limit?: number }): Outcome<SentFirstMessage[]>;
  /** Open follow-ups due by `until` (now when absent), oldest first. */
  listDue(data: { until?: number }): Outcome<DueFollowUp[]>;
  /** Coming up a stretch at a time: each range's count and first follow-ups (all, when whole), oldest first. */
  listDueIn(data: { ranges: DueRange[]; first: number }): Outcome<DuePart[]>;
  /** How many invitation notes were saved as sent this calendar month, in Me's zone (the free account's cap). */
  notesThisMonth(): Outcome<number>;
  /**
   * From the messaging content script: the conversations on screen and who wrote last. A saved
   * contact's new reply becomes a "log their reply" follow-up; nothing is logged. The count of new ones.
   */
  noticeReplies(data: { threads: ThreadReading[] }): Outcome<number>;
  getSettings(): Outcome<StoredSettings>;
  saveSettings(data: Partial<StoredSettings>): Outcome<StoredSettings>;
  /** The whole export as one reply, for tests; pages read the database themselves (utils/data/transfer.ts). */
  exportData(): Outcome<ExportFile>;
  /** An export file's text, for tests; `apply` false previews what it would do and changes nothing. */
  importData(data: { text: string; apply: boolean }): Outcome<ImportSummary>;
  /**
   * Before a page reads or writes the database itself (an export, an import): the worker opens
   * it and checks it first, so a database the browser lost is brought back, or reported and
   * left alone, before any page touches it.
   */
  openStore(): Outcome<null>;
  /**
   * After a page wrote the database itself: the worker re-plans nudges and the badge and backs
   * up, and open pages hear of the change. With `error` (the write failed on the browser's
   * storage) it checks the database survived and answers what really happened.
   */
  storeWritten(data: { error?: string }): Outcome<null>;
  /**
   * What LinkedIn's own data export (Connections.csv, messages.csv, read by the page) says
   * about each person: saved contacts keep their connection date and who wrote last, replies
   * and acceptances are offered, nobody is added. All or nothing; `apply` false previews.
   */
  importLinkedInExport(data: { people: ExportPerson[]; apply: boolean }): Outcome<LinkedInExportSummary>;
  /** Erases everything; the page asks the user first and sends `confirm: true`. */
  eraseAll(data: { confirm: true }): Outcome<{ contacts: number; followUps: number }>;
  /** What the user must hear after the browser lost the database (null: nothing); `dismiss` once they read it. */
  storeNotice(data: { dismiss?: boolean }): Outcome<StoreNotice | null>;
}

export type WorkerRequest = keyof WorkerProtocol;

/**
 * The worker tells every open extension page that the store changed, so each shows what is
 * stored now (an erase, another dashboard's notes). A BroadcastChannel reaches only the
 * extension's own origin: LinkedIn's pages and the content script never hear it.
 */
export const storeChannel = 'mentor-outreach:store';

export interface StoreChange {
  request: WorkerRequest;
}
