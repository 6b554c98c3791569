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

/** When and where the nudge is read: now, in Me's zone. */
export type NudgeClock = Clock;

export interface NudgeText {
  title: string;
  message: string;
}

/**
 * Every word a nudge shows, given in the interface's language (utils/relationship/nudge-words.ts
 * reads them from locales/*.yml), so this stays a pure function of its inputs.
 */
export interface NudgeWords {
  /** The locale the words are in: dates and clock times are written in it too, so a sentence never mixes two. */
  locale: string;
  titles: Record<FollowUpKind, string>;
  /** The step for `name`, done or due `when` ("Send Amara a thank-you: you met yesterday."). */
  sentence: (kind: FollowUpKind, name: string, when: string) => string;
  digestTitle: (count: number) => string;
  andMore: (count: number) => string;
  today: string;
  yesterday: string;
  daysAgo: (days: number) => string;
  weeksAgo: (weeks: number) => string;
  monthsAgo: (months: number) => string;
  todayAt: (time: string) => string;
  tomorrowAt: (time: string) => string;
  onDateAt: (date: string, time: string) => string;
}

const digestLines = 4;

/** "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago": calendar days in the user's zone. */
export function howLongAgo(time: number, clock: NudgeClock, words: NudgeWords): string {
  const now = new TZDate(clock.now, clock.timeZone);
  const then = new TZDate(time, clock.timeZone);
  const days = differenceInCalendarDays(now, then);
  if (days <= 0) return words.today;
  if (days === 1) return words.yesterday;
  if (days < 14) return words.daysAgo(days);
  const months = differenceInCalendarMonths(now, then);
  if (months < 2) return words.weeksAgo(Math.floor(days / 7));
  return words.monthsAgo(months);
}

/** "today at 15:00", "tomorrow at 09:30", "on 3 March at 15:00", in the user's zone. */
export function whenAhead(time: number, clock: NudgeClock, words: NudgeWords): string {
  const at = new Intl.DateTimeFormat(words.locale, { timeStyle: 'short', timeZone: clock.timeZone }).format(time);
  const days = differenceInCalendarDays(new TZDate(time, clock.timeZone), new TZDate(clock.now, clock.timeZone));
  if (days <= 0) return words.todayAt(at);
  if (days === 1) return words.tomorrowAt(at);
  const date = new Intl.DateTimeFormat(words.locale, { day: 'numeric', month: 'long', timeZone: clock.timeZone }).format(time);
  return words.onDateAt(date, at);
}

function sentence(nudge: Nudge, clock: NudgeClock, words: NudgeWords): string {
  const when =
    nudge.kind === 'meeting-prep' && nudge.meetingAt !== undefined
      ? whenAhead(nudge.meetingAt, clock, words)
      : howLongAgo(nudge.since, clock, words);
  return words.sentence(nudge.kind, nudge.name, when);
}

/** The words of one notification: one nudge names the person and the step; several make one digest. */
export function nudgeText(nudges: readonly Nudge[], clock: NudgeClock, words: NudgeWords): NudgeText {
  const [first] = nudges;
  if (!first) return { title: words.digestTitle(0), message: '' };
  if (nudges.length === 1) return { title: words.titles[first.kind], message: sentence(first, clock, words) };
  const shown = nudges.slice(0, digestLines).map((nudge) => sentence(nudge, clock, words));
  const hidden = nudges.length - shown.length;
  return { title: words.digestTitle(nudges.length), message: [...shown, ...(hidden > 0 ? [words.andMore(hidden)] : [])].join('\n') };
}
