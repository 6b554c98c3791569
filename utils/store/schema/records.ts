import type { Channel } from '@/utils/outreach/channels';
import type { Hook } from '@/utils/outreach/hooks';
import type { Profile } from '@/utils/linkedin/profile';
import type { ConversationFacts } from '@/utils/linkedin-export/read-export';
import type { PlanSettings } from '@/utils/relationship/plan-settings';
import type { FollowUpKind, InteractionKind, Stage } from '@/utils/relationship/stages';

/**
 * What a contact keeps of the hook its outreach cited (guide Step 3: the personalized opening):
 * its words, and where they came from ("Featured talk · 2026", or "mine" when the user wrote it).
 */
export type CitedHook = Pick<Hook, 'text' | 'source'>;

export type { Channel } from '@/utils/outreach/channels';

/** The message the user sent, as they copied it. */
export interface SentMessage {
  channel: Channel;
  subject?: string;
  body: string;
}

/** Something that happened with a contact, dated (epoch ms). */
export interface Interaction {
  kind: InteractionKind;
  at: number;
  note?: string;
}

/** The words a user writes about a contact, each saved as itself (here, not in save-words.ts, so pages that name them load no store code). */
export const wordFields = ['notes', 'takeaways', 'adviceReceived', 'whatITried', 'toldThem'] as const;
export type WordField = (typeof wordFields)[number];

/** A potential or actual mentor, keyed by their canonical profile address. */
export interface Contact {
  /** Canonical https://www.linkedin.com/in/<slug>/ address: the key. */
  url: string;
  /** Addresses they had before a slug change, so an old export still finds them. */
  formerUrls: string[];
  /** LinkedIn's stable member id, to find them again when the slug changes. */
  memberId?: string;
  /** The profile as read the last time it was saved. */
  profile: Profile;
  stage: Stage;
  notes: string;
  /** What the user took away from a chat: the thank-you names one or two. */
  takeaways: string;
  /** The advice they gave; what the user tried; what the user told them (progress update drafts). */
  adviceReceived: string;
  whatITried: string;
  toldThem: string;
  hook?: CitedHook;
  message?: SentMessage;
  /** When the chat is, once scheduled. */
  meetingAt?: number;
  /** They said "not now": the day they named, when the plan takes up again with a check-in. */
  pausedUntil?: number;
  history: Interaction[];
  /** From LinkedIn's own data export (Connections.csv): the day you connected, at 12:00 UTC. */
  connectedAt?: number;
  /** From LinkedIn's own data export (messages.csv): who wrote last in your conversations, and when. */
  linkedInMessages?: LinkedInMessages;
  createdAt: number;
  updatedAt: number;
}

/** What LinkedIn's data export told of the conversations with a contact. */
export type LinkedInMessages = ConversationFacts;

/**
 * pending: waiting for its time; snoozed: put off to `dueAt`; done: the user did it;
 * cancelled: replaced because something happened first (any logged interaction resets the plan).
 */
export type FollowUpState = 'pending' | 'snoozed' | 'done' | 'cancelled';

/** States that still ask the user for something. */
export const openStates: readonly FollowUpState[] = ['pending', 'snoozed'];

export interface FollowUp {
  id: number;
  contactUrl: string;
  kind: FollowUpKind;
  /** When it is due, epoch ms; a snooze moves it. */
  dueAt: number;
  state: FollowUpState;
  /** When the step that led to it happened: "you met yesterday". */
  since: number;
  /** When a notification named it; a follow-up is never notified twice. */
  notifiedAt?: number;
  /** When it was done or cancelled. */
  closedAt?: number;
  /**
   * What its nudge and the due list show of the contact, kept while it is open so the due
   * list reads only the follow-ups' index. Absent on records from before it existed (and in
   * export files): then the contact is read instead.
   */
  snapshot?: ContactSnapshot;
}

/** The follow-up to do next: the earliest one still open (popup, dashboard and CSV alike). */
export function nextOpenFollowUp<T extends Pick<FollowUp, 'state' | 'dueAt'>>(followUps: readonly T[]): T | undefined {
  let next: T | undefined;
  for (const followUp of followUps) {
    if (openStates.includes(followUp.state) && (!next || followUp.dueAt < next.dueAt)) next = followUp;
  }
  return next;
}

/** A contact as a nudge names them: written when the plan is made (every stage change makes a new one) and when their name or chat time changes. */
export interface ContactSnapshot {
  name: string;
  stage: Stage;
  meetingAt?: number;
}

/** How many contacts each stage holds, kept as contacts move: Chrome counts an index range entry by entry (~15 ms per 2,000). */
export type StageCounts = Partial<Record<Stage, number>>;

/** What the user's settings hold: "Me" as the pages keep it, and the follow-up plan's waits. */
export interface StoredSettings {
  /** The user's "Me", opaque here: the pages own its shape and normalize it. */
  me: unknown;
  plan: PlanSettings;
}
