import { TZDate } from '@date-fns/tz';
import { addDays, endOfDay, startOfDay } from 'date-fns';
import type { DueFollowUp } from '@/utils/store/due-follow-ups';

/** The last moment of today in the user's zone: "due today" includes this evening. */
export function endOfToday(now: number, timeZone: string): number {
  return endOfDay(new TZDate(now, timeZone)).getTime();
}

/** The last moment of "this week": today and the six days after it, in the user's zone. */
export function endOfThisWeek(now: number, timeZone: string): number {
  return endOfDay(addDays(new TZDate(now, timeZone), 6)).getTime();
}

/** Coming up, in date order within each group (journey 8). */
export interface DueSplit {
  /** Due before today began, in the user's zone: the oldest first. */
  overdue: DueFollowUp[];
  /** Due some time today, earlier or later than now. */
  today: DueFollowUp[];
  /** Due in the six days after today. */
  thisWeek: DueFollowUp[];
  /** Planned for after that. */
  later: DueFollowUp[];
}

export type DueGroup = keyof DueSplit;
export const dueGroups: readonly DueGroup[] = ['overdue', 'today', 'thisWeek', 'later'];

/** Splits the follow-ups by the user's calendar days, so "overdue" means "from yesterday or before". */
export function splitDue(due: readonly DueFollowUp[], now: number, timeZone: string): DueSplit {
  const todayBegan = startOfDay(new TZDate(now, timeZone)).getTime();
  const todayEnds = endOfToday(now, timeZone);
  const weekEnds = endOfThisWeek(now, timeZone);
  const split: DueSplit = { overdue: [], today: [], thisWeek: [], later: [] };
  for (const item of due) {
    const at = item.followUp.dueAt;
    split[at < todayBegan ? 'overdue' : at <= todayEnds ? 'today' : at <= weekEnds ? 'thisWeek' : 'later'].push(item);
  }
  return split;
}

/** How many of each group the list shows before "Show all": a backlog must not push the contacts off screen. */
export const dueFirstShown = 10;

/** The first `count` of each group, unless the user asked for all of that group. */
export function firstOfDue(split: DueSplit, count: number, allShown: ReadonlySet<DueGroup> = new Set()): DueSplit {
  const first = (group: DueGroup) => (allShown.has(group) ? split[group] : split[group].slice(0, count));
  return { overdue: first('overdue'), today: first('today'), thisWeek: first('thisWeek'), later: first('later') };
}
