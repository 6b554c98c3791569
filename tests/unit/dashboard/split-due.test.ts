import { describe, expect, it } from 'vitest';
import { endOfToday, firstOfDue, splitDue } from '@/utils/dashboard/split-due';
import type { DueFollowUp } from '@/utils/store/due-follow-ups';

const hour = 3_600_000;
const dueAt = (time: number, name = 'Amara'): DueFollowUp => ({
  followUp: { id: time, contactUrl: `https://www.linkedin.com/in/${name}/`, kind: 'check-in', dueAt: time, state: 'pending', since: time - 7 * 24 * hour },
  contact: { url: `https://www.linkedin.com/in/${name}/`, name, stage: 'reached-out' },
});

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

describe('a long due list at first', () => {
  const names = (items: DueFollowUp[]) => items.map((item) => item.contact.name);
  const split = {
    overdue: ['o1', 'o2', 'o3'].map((name, index) => dueAt(index, name)),
    today: ['t1', 't2'].map((name, index) => dueAt(10 + index, name)),
  };

  it('shows the overdue ones first, then today’s, up to the count', () => {
    const first = firstOfDue(split, 4);
    expect([names(first.overdue), names(first.today)]).toEqual([['o1', 'o2', 'o3'], ['t1']]);
  });

  it('shows only overdue ones when they fill the count, and everything when it is short', () => {
    expect(names(firstOfDue(split, 2).overdue)).toEqual(['o1', 'o2']);
    expect(firstOfDue(split, 2).today).toEqual([]);
    expect(firstOfDue(split, 20)).toEqual(split);
  });
});
