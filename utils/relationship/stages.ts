/**
 * The vocabulary of a mentoring relationship, shared by the store, the follow-up plan,
 * the follow-up drafts and the pages. Names follow the guide's steps.
 */

/** Where we stand with a contact. */
export type Stage =
  | 'reached-out' // first message sent (guide Step 3)
  | 'checked-in' // no reply, one gentle check-in sent (Hurdles: ghosting)
  | 'replied' // they answered; a chat is being arranged
  | 'meeting-scheduled' // a chat is on the calendar (Step 4)
  | 'met' // the chat happened; a thank-you is due within 24 hours
  | 'thanked' // thank-you sent; a progress update in about two months
  | 'ongoing' // an informal mentorship: keep in touch every 2-3 months
  | 'closed-no-response' // still nothing after the check-in: moved on
  | 'closed-mismatch' // goals and expertise did not align (Hurdles: the mismatch)
  | 'closed-natural-end' // goals reached; a success (Hurdles: natural end)
  | 'declined' // they said no: thanked, and left alone
  | 'not-now' // they said not now: paused until the date they named (`pausedUntil`)
  | 'do-not-contact'; // they asked not to be contacted: never nudged again

export const stages: readonly Stage[] = [
  'reached-out',
  'checked-in',
  'replied',
  'meeting-scheduled',
  'met',
  'thanked',
  'ongoing',
  'closed-no-response',
  'closed-mismatch',
  'closed-natural-end',
  'declined',
  'not-now',
  'do-not-contact',
];

/** What a follow-up asks the user to do. */
export type FollowUpKind =
  | 'check-in' // gentle, no-pressure check-in after no reply
  | 'move-on' // still no reply: suggest closing as no response
  | 'schedule-chat' // they replied: propose times for the chat
  | 'meeting-prep' // before the chat: re-read the outreach, prepare 3-5 questions
  | 'thank-you' // within 24 hours of the chat, naming one or two takeaways
  | 'progress-update' // "Following your advice to …, I …"
  | 'keep-in-touch' // an ongoing mentorship, every 2-3 months
  | 'withdraw-invitation' // an invitation left pending three weeks: withdraw it by hand, move on
  | 'log-reply'; // a conversation on screen shows they wrote last: log their reply (one click)

/** Something that happened, logged with its date in a contact's history. */
export type InteractionKind =
  | 'drafted'
  | 'sent'
  | 'replied'
  | 'meeting-scheduled'
  | 'met'
  | 'thanked'
  | 'checked-in'
  | 'closed'
  | 'accepted' // they accepted the invitation: a message is now possible
  | 'declined'
  | 'not-now'
  | 'do-not-contact';

/**
 * What the plan reads of a saved contact: its stage, when it was saved, what happened since,
 * how our first message went and when you connected. A store contact is one; the plan needs
 * nothing else, so this folder does not depend on the store.
 */
export interface KnownContact {
  stage: Stage;
  createdAt: number;
  history: readonly { kind: InteractionKind; at: number }[];
  /** Our first message's channel ('connection-note' for an invitation). */
  message?: { channel: string };
  connectedAt?: number;
}

/** Stages that end the relationship's plan: nothing more is scheduled once a contact is here. */
export const closedStages: readonly Stage[] = [
  'closed-no-response',
  'closed-mismatch',
  'closed-natural-end',
  'declined',
  'do-not-contact',
];

/**
 * Stages where they said no or not now: nothing but their own word moves them on. Logging a
 * draft, a check-in or a chat never reopens them; only a reply of theirs does.
 */
export const answeredNoStages: readonly Stage[] = ['declined', 'not-now', 'do-not-contact'];

export const followUpKinds: readonly FollowUpKind[] = [
  'check-in',
  'move-on',
  'schedule-chat',
  'meeting-prep',
  'thank-you',
  'progress-update',
  'keep-in-touch',
  'withdraw-invitation',
  'log-reply',
];

export const interactionKinds: readonly InteractionKind[] = [
  'drafted',
  'sent',
  'replied',
  'meeting-scheduled',
  'met',
  'thanked',
  'checked-in',
  'closed',
  'accepted',
  'declined',
  'not-now',
  'do-not-contact',
];
