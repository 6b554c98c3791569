import { describe, expect, it } from 'vitest';
import { dueGroups, dueRanges, endOfThisWeek, endOfToday, type DueGroup } from '@/utils/follow-ups/split-due';
import type { DueFollowUp } from '@/utils/store/follow-ups/due-follow-ups';

const hour = 3_600_000;
const dueAt = (time: number, name = 'Amara'): DueFollowUp => ({
  followUp: { id: time, contactUrl: `https://www.linkedin.com/in/${name}/`, kind: 'check-in', dueAt: time, state: 'pending', since: time - 7 * 24 * hour },
  contact: { url: `https://www.linkedin.com/in/${name}/`, name, stage: 'reached-out' },
});

/** The follow-ups in each of Coming up's groups, as the worker picks them by dueRanges, in the order given. */
function splitDue(due: readonly DueFollowUp[], now: number, timeZone: string): Record<DueGroup, DueFollowUp[]> {
  const ranges = dueRanges(now, timeZone);
  const inGroup = (group: DueGroup) => due.filter(({ followUp }) => followUp.dueAt >= ranges[group].from && followUp.dueAt <= ranges[group].to);
  return Object.fromEntries(dueGroups.map((group) => [group, inGroup(group)])) as Record<DueGroup, DueFollowUp[]>;
}

describe('what is due today and what is overdue', () => {
  // 00:30 on Tuesday 5 May 2026 in Sydney is still Monday afternoon in UTC.
  const now = Date.UTC(2026, 4, 4, 14, 30);

  it('counts a follow-up from last night, in the user’s zone, as overdue', () => {
    const lastNight = Date.UTC(2026, 4, 4, 13); // 23:00 Monday in Sydney
    const thisMorning = Date.UTC(2026, 4, 4, 14, 10); // 00:10 Tuesday in Sydney
    const { overdue, today } = splitDue([dueAt(lastNight, 'a'), dueAt(thisMorning, 'b')], now, 'Australia/Sydney');
    expect(overdue.map((item) => item.contact.name)).toEqual(['a']);
    expect(today.map((item) => item.contact.name)).toEqual(['b']);
  });

  it('calls the same two follow-ups both due today in London, where it is still Monday', () => {
    const { overdue, today } = splitDue([dueAt(Date.UTC(2026, 4, 4, 13)), dueAt(Date.UTC(2026, 4, 4, 14, 10))], now, 'Europe/London');
    expect(overdue).toEqual([]);
    expect(today).toHaveLength(2);
  });

  it('ends today at midnight in the user’s zone, so this evening’s follow-ups are listed', () => {
    const end = endOfToday(now, 'Europe/London');
    expect(new Date(end + 1).toISOString()).toBe('2026-05-04T23:00:00.000Z'); // midnight BST
  });
});

describe('what is coming up this week and later', () => {
  // Monday 4 May 2026, 10:00 in London.
  const now = Date.UTC(2026, 4, 4, 9);
  const at = (days: number, hours = 0) => Date.UTC(2026, 4, 4 + days, 9 + hours);

  it('groups tomorrow and the next six days as this week, and after that as later, each in date order', () => {
    const items = [at(-2), at(0, 5), at(1), at(6, 12), at(7, 1), at(40)].map((time, index) => dueAt(time, `p${index}`));
    const split = splitDue(items, now, 'Europe/London');
    const names = (group: DueFollowUp[]) => group.map((item) => item.contact.name);
    expect([names(split.overdue), names(split.today), names(split.thisWeek), names(split.later)]).toEqual([
      ['p0'],
      ['p1'],
      ['p2', 'p3'],
      ['p4', 'p5'],
    ]);
  });

  it('ends this week at midnight after the sixth day, in the user’s zone', () => {
    expect(new Date(endOfThisWeek(now, 'Europe/London') + 1).toISOString()).toBe('2026-05-10T23:00:00.000Z');
  });
});

describe('the groups as ranges of due times', () => {
  const now = Date.UTC(2026, 4, 4, 9);

  it('follow on from each other with no gap and no overlap, from the first time to the last', () => {
    const ranges = dueRanges(now, 'Europe/London');
    expect(ranges.overdue.from).toBe(0);
    expect(ranges.today.from).toBe(ranges.overdue.to + 1);
    expect(ranges.thisWeek.from).toBe(ranges.today.to + 1);
    expect(ranges.later.from).toBe(ranges.thisWeek.to + 1);
    expect(ranges.later.to).toBe(Date.UTC(2200, 0, 1));
  });
});
