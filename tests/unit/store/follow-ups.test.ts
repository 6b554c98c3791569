import { beforeEach, describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { countDue, listDue, nextNudgeAt, takeNudges } from '@/utils/store/follow-ups/due-follow-ups';
import { finishFollowUp, setFollowUpDue, snoozeFollowUp } from '@/utils/store/follow-ups/follow-ups';
import type { Outcome } from '@/utils/store/schema/outcome';
import { clockAt, day, freshDatabase, monday, profileOf } from './made-up';

let db: Database;
const amara = profileOf('amara-example');
const tomasz = profileOf('tomasz-example');

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}
const checkInOf = async (url: string) => value(await getContact(db, { url }))!.followUps.find((f) => f.kind === 'check-in')!;

beforeEach(async () => {
  db = await freshDatabase();
  await saveContact(db, { profile: amara }, clockAt(monday));
  await saveContact(db, { profile: tomasz }, clockAt(monday + day));
});

describe('due follow-ups', () => {
  it('lists only what is due by the given time, oldest first, with who it is for', async () => {
    expect(value(await listDue(db, monday + 6 * day))).toEqual([]);
    const due = value(await listDue(db, monday + 9 * day));
    expect(due.map((d) => [d.contact.name, d.followUp.kind])).toEqual([
      ['Amara', 'check-in'],
      ['Tomasz', 'check-in'],
    ]);
    expect(await countDue(db, monday + 7 * day)).toBe(1);
  });

  it('hands each due follow-up to a notification once, and only once', async () => {
    const first = value(await takeNudges(db, monday + 7 * day));
    expect(first.map((d) => d.contact.name)).toEqual(['Amara']);
    expect(value(await takeNudges(db, monday + 7 * day + 60_000))).toEqual([]);
    const later = value(await takeNudges(db, monday + 9 * day));
    expect(later.map((d) => d.contact.name)).toEqual(['Tomasz']);
    // Still due (the badge counts them) until the user acts.
    expect(await countDue(db, monday + 9 * day)).toBe(2);
  });

  it('names a contact the way their profile last read, after a save with a new name', async () => {
    await saveContact(db, { profile: { ...amara, firstName: 'Ama' } }, clockAt(monday + 2 * day));
    const due = value(await listDue(db, monday + 9 * day));
    expect(due.map((d) => [d.contact.name, d.contact.stage])).toEqual([
      ['Ama', 'reached-out'],
      ['Tomasz', 'reached-out'],
    ]);
    expect(value(await takeNudges(db, monday + 9 * day)).map((d) => d.contact.name)).toEqual(['Ama', 'Tomasz']);
  });

  it('still shows who a follow-up is for when it was stored before follow-ups kept their contact’s name', async () => {
    const checkIn = await checkInOf(amara.url);
    const { snapshot: _snapshot, ...asShipped } = checkIn;
    await db.put('followUps', asShipped);
    const due = value(await listDue(db, monday + 7 * day));
    expect(due).toEqual([{ followUp: asShipped, contact: { url: amara.url, name: 'Amara', stage: 'reached-out' } }]);
  });

  it('points the next nudge at the earliest follow-up not notified yet', async () => {
    expect(await nextNudgeAt(db, monday)).toBe(monday + 7 * day);
    // Still owed when it is overdue and no nudge has named it yet.
    expect(await nextNudgeAt(db, monday + 7 * day + 1)).toBe(monday + 7 * day);
    await takeNudges(db, monday + 7 * day);
    expect(await nextNudgeAt(db, monday + 7 * day)).toBe(monday + 8 * day);
  });
});

describe('acting on a follow-up', () => {
  it('snoozing for a day moves it and nudges again then', async () => {
    const checkIn = await checkInOf(amara.url);
    await takeNudges(db, monday + 7 * day);
    const snoozed = value(await snoozeFollowUp(db, { id: checkIn.id, choice: '1-day' }, clockAt(monday + 7 * day)));
    expect(snoozed).toMatchObject({ state: 'snoozed', dueAt: monday + 8 * day });
    expect(snoozed.notifiedAt).toBeUndefined();
    expect(await countDue(db, monday + 7 * day + 1)).toBe(0);
    expect(value(await takeNudges(db, monday + 8 * day)).map((d) => d.contact.name).sort()).toEqual(['Amara', 'Tomasz']);
  });

  it('snoozing to a date the user picked', async () => {
    const checkIn = await checkInOf(amara.url);
    const until = monday + 20 * day;
    expect(value(await snoozeFollowUp(db, { id: checkIn.id, choice: { until } }, clockAt(monday))).dueAt).toBe(until);
  });

  it('refuses to snooze into the past, in plain words', async () => {
    const checkIn = await checkInOf(amara.url);
    const outcome = await snoozeFollowUp(db, { id: checkIn.id, choice: { until: monday - day } }, clockAt(monday));
    expect(outcome).toEqual({ ok: false, error: 'Pick a time in the future to snooze to.' });
  });

  it('marking a check-in done logs it and plans “move on” 14 days later', async () => {
    const checkIn = await checkInOf(amara.url);
    const done = value(await finishFollowUp(db, { id: checkIn.id }, clockAt(monday + 7 * day)));
    expect(done.state).toBe('done');
    const view = value(await getContact(db, { url: amara.url }))!;
    expect(view.contact.stage).toBe('checked-in');
    expect(view.followUps.filter((f) => f.state === 'pending').map((f) => [f.kind, f.dueAt])).toEqual([
      ['move-on', monday + 21 * day],
    ]);
  });

  it('a follow-up already done cannot be done again', async () => {
    const checkIn = await checkInOf(amara.url);
    await finishFollowUp(db, { id: checkIn.id }, clockAt(monday + 7 * day));
    const again = await finishFollowUp(db, { id: checkIn.id }, clockAt(monday + 7 * day));
    expect(again).toEqual({ ok: false, error: expect.stringContaining('already done') });
  });

  it('moving the due date makes it due, and nudged again', async () => {
    const checkIn = await checkInOf(amara.url);
    await setFollowUpDue(db, { id: checkIn.id, dueAt: monday + 2 * day });
    expect(value(await takeNudges(db, monday + 2 * day)).map((d) => d.followUp.id)).toEqual([checkIn.id]);
  });

  it('says so when the follow-up does not exist', async () => {
    expect(await setFollowUpDue(db, { id: 999, dueAt: monday })).toEqual({ ok: false, error: expect.stringContaining('no longer exists') });
  });
});
