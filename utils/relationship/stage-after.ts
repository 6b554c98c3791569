import { answeredNoStages, closedStages, type FollowUpKind, type InteractionKind, type Stage } from './stages';

/**
 * The stage a contact is at after an interaction is logged. `current` is absent for a
 * contact saved for the first time. Logging never moves a closed contact back by itself,
 * except a reply, which reopens the conversation. "Not now" and "do not contact" are their
 * word: nothing the user logs moves them on but a reply (and only "not now" reopens on one).
 */
export function stageAfter(interaction: InteractionKind, current: Stage | undefined): Stage {
  const closed = current !== undefined && (closedStages.includes(current) || answeredNoStages.includes(current));
  switch (interaction) {
    case 'drafted':
    case 'sent':
    case 'accepted':
      return current ?? 'reached-out';
    case 'replied':
      // Asked not to be contacted: a reply is logged, the stage stays until the user changes it.
      if (current === 'do-not-contact') return current;
      // A reply to a progress update is part of the ongoing relationship, not a fresh start.
      return current === 'thanked' || current === 'ongoing' ? 'ongoing' : 'replied';
    case 'meeting-scheduled':
      return closed ? current! : 'meeting-scheduled';
    case 'met':
      return closed ? current! : 'met';
    case 'thanked':
      return closed ? current! : 'thanked';
    case 'checked-in':
      if (closed) return current!;
      // A check-in after the thank-you is the progress update: the mentorship is ongoing.
      if (current === 'thanked' || current === 'ongoing') return 'ongoing';
      return current === undefined || current === 'reached-out' ? 'checked-in' : current;
    case 'closed':
      if (closed) return current!;
      return current === 'reached-out' || current === 'checked-in' ? 'closed-no-response' : 'closed-natural-end';
    case 'declined':
    case 'not-now':
      // Their answer stands, except over a "do not contact", which only the user lifts.
      return current === 'do-not-contact' ? current : interaction;
    case 'do-not-contact':
      return 'do-not-contact';
  }
}

/**
 * What the user did when they mark a follow-up done: the interaction it asked for, logged so
 * the plan moves on. Absent where "done" only means "taken care of".
 */
export const interactionOnDone: Record<FollowUpKind, InteractionKind | undefined> = {
  'check-in': 'checked-in',
  'move-on': 'closed',
  'schedule-chat': undefined,
  'meeting-prep': undefined,
  'thank-you': 'thanked',
  'progress-update': 'checked-in',
  'keep-in-touch': 'checked-in',
  // Withdrawn by hand on LinkedIn: the plan closes as no response.
  'withdraw-invitation': 'closed',
  // Done means "yes, they replied": the reply is logged and the plan moves on.
  'log-reply': 'replied',
};

/** The interaction a contact's history records when the user moves them to a stage by hand. */
export const interactionForStage: Record<Stage, InteractionKind | undefined> = {
  'reached-out': 'sent',
  'checked-in': 'checked-in',
  replied: 'replied',
  'meeting-scheduled': 'meeting-scheduled',
  met: 'met',
  thanked: 'thanked',
  ongoing: undefined,
  'closed-no-response': 'closed',
  'closed-mismatch': 'closed',
  'closed-natural-end': 'closed',
  declined: 'declined',
  'not-now': 'not-now',
  'do-not-contact': 'do-not-contact',
};
