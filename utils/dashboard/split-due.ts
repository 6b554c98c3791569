import { TZDate } from '@date-fns/tz';
import { endOfDay, startOfDay } from 'date-fns';
import type { DueFollowUp } from '@/utils/store/due-follow-ups';

/** The last moment of today in the user's zone: "due today" includes this evening. */
export function endOfToday(now: number, timeZone: string): number {
  return endOfDay(new TZDate(now, timeZone)).getTime();
}

export interface DueSplit {
  /** Due before today began, in the user's zone: the oldest first. */
  overdue: DueFollowUp[];
  /** Due some time today, earlier or later than now. */
  today: DueFollowUp[];
}

/** Splits what is due by the user's calendar day, so "overdue" means "from yesterday or before". */
export function splitDue(due: readonly DueFollowUp[], now: number, timeZone: string): DueSplit {
  const todayBegan = startOfDay(new TZDate(now, timeZone)).getTime();
  const split: DueSplit = { overdue: [], today: [] };
  for (const item of due) split[item.followUp.dueAt < todayBegan ? 'overdue' : 'today'].push(item);
  return split;
}

/** How many due follow-ups the list shows before "Show all": a backlog must not push the contacts off screen. */
export const dueFirstShown = 20;

/** The first `count` of what is due, overdue first, the order the list shows them in. */
export function firstOfDue(split: DueSplit, count: number): DueSplit {
  const overdue = split.overdue.slice(0, count);
  return { overdue, today: split.today.slice(0, count - overdue.length) };
}
