import { TZDateMini as TZDate } from '@date-fns/tz';
import { addDays, addMonths } from 'date-fns';
import type { PlanSettings } from './plan-settings';
import type { FollowUpKind, Stage } from './stages';

/** A contact moved to `stage` at `at` (epoch ms); `meetingAt` when a chat is on the calendar. */
export interface StageChange {
  stage: Stage;
  at: number;
  meetingAt?: number;
  /** "Not now": the date they named, when the plan takes up again. */
  pausedUntil?: number;
  /** When the invitation we still wait on was sent: absent once accepted, or when none was. */
  invitedAt?: number;
}

/**
 * How long an invitation may wait before the plan suggests withdrawing it: three weeks.
 * Many ignored invitations can get an account restricted, and a withdrawn one cannot be sent
 * again for three weeks (LinkedIn Help a551012, see ../shared/reference/platform-2026.md).
 */
export const invitationWaitDays = 21;

/** A follow-up the plan asks for: what to do and when, in epoch ms. */
export interface PlannedFollowUp {
  kind: FollowUpKind;
  dueAt: number;
}

const hour = 3_600_000;

/**
 * The follow-ups a stage change creates, after the guide. Day and month offsets are calendar
 * days in the user's time zone, so "in 7 days" stays at the same wall-clock time across a
 * daylight-saving change. A change logged late (we met three days ago) gives a follow-up due
 * at once; only chat reminders whose moment has passed are left out.
 */
export function planFollowUps(
  change: StageChange,
  now: number,
  timeZone: string,
  settings: PlanSettings,
): PlannedFollowUp[] {
  const local = (time: number) => new TZDate(time, timeZone);
  const afterDays = (days: number) => addDays(local(change.at), days).getTime();
  const afterMonths = (months: number) => addMonths(local(change.at), months).getTime();
  // Three weeks after the invitation went, in calendar days of the user's zone (at once when that has passed).
  const withdrawal = (invitedAt: number): PlannedFollowUp => ({
    kind: 'withdraw-invitation',
    dueAt: Math.max(addDays(local(invitedAt), invitationWaitDays).getTime(), change.at),
  });

  switch (change.stage) {
    case 'reached-out':
      // An invitation they have not accepted: they cannot read a check-in until they do, so
      // the plan waits, then suggests withdrawing it.
      return change.invitedAt !== undefined ? [withdrawal(change.invitedAt)] : [{ kind: 'check-in', dueAt: afterDays(settings.checkInAfterDays) }];
    case 'checked-in':
      // Still not accepted (a check-in went another way, by InMail or email): moving on
      // still means withdrawing the invitation by hand.
      if (change.invitedAt !== undefined) return [withdrawal(change.invitedAt)];
      return [{ kind: 'move-on', dueAt: afterDays(settings.moveOnAfterDays) }];
    case 'replied':
      return [{ kind: 'schedule-chat', dueAt: afterDays(settings.scheduleChatWithinDays) }];
    case 'meeting-scheduled': {
      const meetingAt = change.meetingAt;
      // Without a time there is nothing to remind before; the page asks for one.
      if (meetingAt === undefined) return [];
      const reminders: PlannedFollowUp[] = [];
      if (settings.prepDaysBefore > 0) {
        reminders.push({ kind: 'meeting-prep', dueAt: addDays(local(meetingAt), -settings.prepDaysBefore).getTime() });
      }
      if (settings.prepHoursBefore > 0) {
        reminders.push({ kind: 'meeting-prep', dueAt: meetingAt - settings.prepHoursBefore * hour });
      }
      // A reminder whose moment has passed is dropped; a chat still ahead keeps one, now.
      const ahead = reminders.filter((reminder) => reminder.dueAt >= now);
      if (ahead.length === 0 && meetingAt > now) return [{ kind: 'meeting-prep', dueAt: now }];
      return ahead;
    }
    case 'met':
      return [{ kind: 'thank-you', dueAt: change.at + settings.thankYouAfterHours * hour }];
    case 'thanked':
      return [{ kind: 'progress-update', dueAt: afterMonths(settings.progressUpdateAfterMonths) }];
    case 'ongoing':
      return [{ kind: 'keep-in-touch', dueAt: afterMonths(settings.keepInTouchEveryMonths) }];
    case 'not-now':
      // Paused: one gentle check-in on the day they named, nothing before it (nothing without a day).
      return change.pausedUntil !== undefined ? [{ kind: 'check-in', dueAt: change.pausedUntil }] : [];
    case 'closed-no-response':
    case 'closed-mismatch':
    case 'closed-natural-end':
    case 'declined':
    case 'do-not-contact':
      return [];
  }
}
