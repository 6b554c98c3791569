import { describe, expect, it } from 'vitest';
import { listDueIn, type DueFollowUp } from '@/utils/store/follow-ups/due-follow-ups';
import type { FollowUp } from '@/utils/store/schema/records';
import { freshDatabase, value } from './made-up';

const names = (items: DueFollowUp[]) => items.map((item) => item.contact.name);

/** Follow-ups at the given times (ids in that order), each with its contact's snapshot, as a plan writes them. */
async function followUpsAt(times: [name: string, dueAt: number, state?: FollowUp['state']][]) {
  const db = await freshDatabase();
  for (const [name, dueAt, state = 'pending'] of times) {
    const followUp: Omit<FollowUp, 'id'> = {
      contactUrl: `https://www.linkedin.com/in/${name}/`,
      kind: 'check-in',
      dueAt,
      state,
      since: 0,
      snapshot: { name, stage: 'reached-out' },
    };
    await db.add('followUps', followUp as FollowUp);
  }
  return db;
}

describe('Coming up a stretch at a time (the worker sends a page only what it shows)', () => {
  const overdue = { from: 0, to: 9 };
  const today = { from: 10, to: 19 };
  const thisWeek = { from: 20, to: 29 };
  const later = { from: 30, to: 39 };
  const list: [string, number, FollowUp['state']?][] = [
    ['l3', 32],
    ['o1', 0],
    ['t2', 11, 'snoozed'],
    ['o2', 1, 'snoozed'],
    ['l1', 30, 'snoozed'],
    ['o3', 2],
    ['t1', 10],
    ['l2', 31],
    ['done', 3, 'done'],
  ];

  it('shows the first few of each group, oldest first, whatever their state, and counts them all', async () => {
    const db = await followUpsAt(list);
    const parts = value(await listDueIn(db, { ranges: [overdue, today, thisWeek, later], first: 2 }));
    expect(parts.map((part) => names(part.shown))).toEqual([['o1', 'o2'], ['t1', 't2'], [], ['l1', 'l2']]);
    expect(parts.map((part) => part.total)).toEqual([3, 2, 0, 3]);
    expect(parts[0]!.shown[0]).toEqual({
      followUp: { id: 2, contactUrl: 'https://www.linkedin.com/in/o1/', kind: 'check-in', dueAt: 0, state: 'pending', since: 0 },
      contact: { url: 'https://www.linkedin.com/in/o1/', name: 'o1', stage: 'reached-out' },
    });
  });

  it('shows the whole of a group the user asked to see in full', async () => {
    const db = await followUpsAt(list);
    const [whole] = value(await listDueIn(db, { ranges: [{ ...later, whole: true }], first: 2 }));
    expect(names(whole!.shown)).toEqual(['l1', 'l2', 'l3']);
    expect(whole!.total).toBe(3);
    const roomy = value(await listDueIn(db, { ranges: [overdue, today, thisWeek, later], first: 20 }));
    expect(roomy.map((part) => names(part.shown))).toEqual([['o1', 'o2', 'o3'], ['t1', 't2'], [], ['l1', 'l2', 'l3']]);
  });
});
