import { TZDateMini as TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, differenceInCalendarMonths } from 'date-fns';
import type { Clock } from './clock';
import type { FollowUpKind } from './stages';

/** One due follow-up as the nudge names it. */
export interface Nudge {
  /** What to call them: their first name where known. */
  name: string;
  kind: FollowUpKind;
  /** When the step that led here happened (we reached out, met, thanked …), epoch ms. */
  since: number;
  /** The chat's time, for meeting reminders. */
  meetingAt?: number;
}

/** The nudge for a follow-up of someone called `name` (their chat time, for meeting reminders). */
export function nudgeFor(name: string, followUp: { kind: FollowUpKind; since: number }, meetingAt?: number): Nudge {
  return { name, kind: followUp.kind, since: followUp.since, ...(meetingAt !== undefined && { meetingAt }) };
}

/** When and where the nudge is read; optionally the user's locale for clock times. */
export interface NudgeClock extends Clock {
  locale?: string;
}

export interface NudgeText {
  title: string;
  message: string;
}

// Every word a nudge shows lives here, ready for translation.
const titles: Record<FollowUpKind, string> = {
  'check-in': 'Time for a gentle check-in',
  'move-on': 'Time to move on?',
  'schedule-chat': 'They replied',
  'meeting-prep': 'Prepare for your chat',
  'thank-you': 'Send a thank-you',
  'progress-update': 'Report back on their advice',
  'keep-in-touch': 'Keep in touch',
  'withdraw-invitation': 'Withdraw the invitation?',
  'log-reply': 'They replied: log it?',
};

const sentences: Record<FollowUpKind, (name: string, when: string) => string> = {
  'check-in': (name, when) => `Send ${name} a gentle, no-pressure check-in: you reached out ${when}.`,
  'move-on': (name, when) => `Consider moving on from ${name}: no reply since your check-in ${when}.`,
  'schedule-chat': (name, when) => `Propose times for the chat to ${name}: they replied ${when}.`,
  'meeting-prep': (name, when) =>
    `Prepare for your chat with ${name} ${when}: re-read your message and note 3-5 open questions.`,
  'thank-you': (name, when) => `Send ${name} a thank-you: you met ${when}.`,
  'progress-update': (name, when) => `Tell ${name} how their advice worked out: you thanked them ${when}.`,
  'keep-in-touch': (name, when) => `Keep in touch with ${name}: your last update was ${when}.`,
  'log-reply': (name, when) => `${name} replied ${when}: log it, and the plan moves on to proposing times for the chat.`,
  'withdraw-invitation': (name, when) =>
    `Consider withdrawing your invitation to ${name} on LinkedIn and moving on: you sent it ${when}.`,
};

const digestTitle = (count: number) => `${count} follow-ups due`;
const andMore = (count: number) => `…and ${count} more.`;
const digestLines = 4;

/** "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago": calendar days in the user's zone. */
export function howLongAgo(time: number, clock: NudgeClock): string {
  const now = new TZDate(clock.now, clock.timeZone);
  const then = new TZDate(time, clock.timeZone);
  const days = differenceInCalendarDays(now, then);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  const months = differenceInCalendarMonths(now, then);
  if (months < 2) return `${Math.floor(days / 7)} weeks ago`;
  return `${months} months ago`;
}

/** "today at 15:00", "tomorrow at 09:30", "on 3 March at 15:00", in the user's zone. */
export function whenAhead(time: number, clock: NudgeClock): string {
  const at = new Intl.DateTimeFormat(clock.locale, { hour: 'numeric', minute: '2-digit', timeZone: clock.timeZone }).format(time);
  const days = differenceInCalendarDays(new TZDate(time, clock.timeZone), new TZDate(clock.now, clock.timeZone));
  if (days <= 0) return `today at ${at}`;
  if (days === 1) return `tomorrow at ${at}`;
  const date = new Intl.DateTimeFormat(clock.locale, { day: 'numeric', month: 'long', timeZone: clock.timeZone }).format(time);
  return `on ${date} at ${at}`;
}

function sentence(nudge: Nudge, clock: NudgeClock): string {
  const when =
    nudge.kind === 'meeting-prep' && nudge.meetingAt !== undefined
      ? whenAhead(nudge.meetingAt, clock)
      : howLongAgo(nudge.since, clock);
  return sentences[nudge.kind](nudge.name, when);
}

/** The words of one notification: one nudge names the person and the step; several make one digest. */
export function nudgeText(nudges: readonly Nudge[], clock: NudgeClock): NudgeText {
  const [first] = nudges;
  if (!first) return { title: digestTitle(0), message: '' };
  if (nudges.length === 1) return { title: titles[first.kind], message: sentence(first, clock) };
  const shown = nudges.slice(0, digestLines).map((nudge) => sentence(nudge, clock));
  const hidden = nudges.length - shown.length;
  return { title: digestTitle(nudges.length), message: [...shown, ...(hidden > 0 ? [andMore(hidden)] : [])].join('\n') };
}

/** The buttons a nudge carries where the browser shows them. */
export const nudgeButtons = { snooze: 'Snooze 1 day', done: 'Done' } as const;
