import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, startOfDay } from 'date-fns';
import type { DueRange } from '@/utils/store/follow-ups/due-follow-ups';
import { latestTime } from '@/utils/store/checks/validate';

/** The last moment of today in the user's zone: "due today" includes this evening. */
export function endOfToday(now: number, timeZone: string): number {
  return endOfDay(new TZDate(now, timeZone)).getTime();
}

/** The last moment of "this week": today and the six days after it, in the user's zone. */
export function endOfThisWeek(now: number, timeZone: string): number {
  return endOfDay(addDays(new TZDate(now, timeZone), 6)).getTime();
}

/** Coming up's groups, in date order (journey 8): overdue, today, this week, later. */
export type DueGroup = 'overdue' | 'today' | 'thisWeek' | 'later';
export const dueGroups: readonly DueGroup[] = ['overdue', 'today', 'thisWeek', 'later'];

/**
 * Coming up's groups as ranges of due times, by the user's calendar days: "overdue" means "from
 * yesterday or before", "today" includes this evening, "this week" is the six days after today.
 */
export function dueRanges(now: number, timeZone: string): Record<DueGroup, DueRange> {
  const todayBegan = startOfDay(new TZDate(now, timeZone)).getTime();
  const todayEnds = endOfToday(now, timeZone);
  const weekEnds = endOfThisWeek(now, timeZone);
  return {
    overdue: { from: 0, to: todayBegan - 1 },
    today: { from: todayBegan, to: todayEnds },
    thisWeek: { from: todayEnds + 1, to: weekEnds },
    later: { from: weekEnds + 1, to: latestTime },
  };
}

/** How many of each group the list shows before "Show all": a backlog must not push the contacts off screen. */
export const dueFirstShown = 10;
