import { TZDateMini as TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks } from 'date-fns';

/** How long to put a follow-up off: the buttons the user sees, or a date they pick (epoch ms). */
export type SnoozeChoice = '1-day' | '3-days' | '1-week' | { until: number };

export const snoozeChoices = ['1-day', '3-days', '1-week'] as const;

/** When a snoozed follow-up comes back: calendar days in the user's zone, so DST does not shift it. */
export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone: string): number {
  const local = new TZDate(now, timeZone);
  switch (choice) {
    case '1-day':
      return addDays(local, 1).getTime();
    case '3-days':
      return addDays(local, 3).getTime();
    case '1-week':
      return addWeeks(local, 1).getTime();
    default:
      return choice.until;
  }
}

/** "Not now" asks until when; a month from now (in the user's zone) is offered first. */
export function notNowDefault(now: number, timeZone: string): number {
  return addMonths(new TZDate(now, timeZone), 1).getTime();
}
