import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import { answerNudgeButton, armSafetyCheck, dashboardFor, nudgeAlarm, safetyAlarm, syncNudges } from '@/entrypoints/background/nudges';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { logInteraction, saveContact } from '@/utils/store/contacts/contacts';
import { profileOf } from '../store/made-up';

const day = 86_400_000;
const monday = Date.UTC(2026, 4, 4, 8);
const clockAt = (now: number) => ({ now, timeZone: 'Europe/Berlin', locale: 'en-GB' });
const amara = profileOf('amara-example');
const tomasz = profileOf('tomasz-example');

const badge = () => fakeBrowser.action.getBadgeText({});
const shown = async () => Object.values(await fakeBrowser.notifications.getAll()) as { title: string; message: string; buttons?: unknown[] }[];

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  const db = await database();
  await saveContact(db, { profile: amara }, clockAt(monday));
  await saveContact(db, { profile: tomasz }, clockAt(monday + day));
});

describe('nudges', () => {
  it('arms one alarm at the earliest follow-up, with no badge while nothing is due', async () => {
    await syncNudges(await database(), clockAt(monday + day));
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: nudgeAlarm, scheduledTime: monday + 7 * day })]);
    expect(await badge()).toBe('');
    expect(await shown()).toEqual([]);
  });

  it('when one comes due: a notification naming the person and the step, a badge of 1, and the alarm moves on', async () => {
    await syncNudges(await database(), clockAt(monday + 7 * day));
    expect(await shown()).toEqual([
      expect.objectContaining({ title: 'Time for a gentle check-in', message: 'Send Amara a gentle, no-pressure check-in: you reached out 7 days ago.' }),
    ]);
    expect(await badge()).toBe('1');
    expect((await fakeBrowser.alarms.get(nudgeAlarm))?.scheduledTime).toBe(monday + 8 * day);
  });

  it('never notifies the same follow-up twice, even when the worker starts over', async () => {
    await syncNudges(await database(), clockAt(monday + 7 * day));
    await fakeBrowser.notifications.clear((Object.keys(await fakeBrowser.notifications.getAll()))[0]!);
    forgetDatabase(); // as after the browser stopped and restarted the worker
    await syncNudges(await database(), clockAt(monday + 7 * day + 60_000));
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('1');
  });

  it('a nudge the worker could not show (stopped, or refused) is shown at the next start, not lost', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('The worker was stopped.'));
    await expect(syncNudges(await database(), clockAt(monday + 7 * day))).rejects.toThrow();
    forgetDatabase();
    await syncNudges(await database(), clockAt(monday + 7 * day + 60_000));
    expect(await shown()).toEqual([expect.objectContaining({ title: 'Time for a gentle check-in' })]);
  });

  it('several due at once make one digest, not a burst', async () => {
    const db = await database();
    await logInteraction(db, { url: amara.url, kind: 'met', at: monday + day }, clockAt(monday + 2 * day));
    await syncNudges(db, clockAt(monday + 9 * day));
    const notifications = await shown();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.title).toBe('2 follow-ups due');
    expect(notifications[0]!.message).toContain('Send Amara a thank-you: you met 8 days ago.');
    expect(await badge()).toBe('2');
  });

  it('a click opens the dashboard at that contact', async () => {
    await syncNudges(await database(), clockAt(monday + 7 * day));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    expect(await dashboardFor(await database(), id!)).toBe(
      `chrome-extension://test-extension-id/dashboard.html#contact=${encodeURIComponent(amara.url)}`,
    );
  });

  /** Amara's check-in comes due and is nudged; the user presses one of its buttons. */
  async function pressOnFirstNudge(button: number) {
    const db = await database();
    await syncNudges(db, clockAt(monday + 7 * day));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    await answerNudgeButton(db, id!, button, clockAt(monday + 7 * day));
    await syncNudges(db, clockAt(monday + 7 * day));
    return db;
  }

  it('the Done button logs the check-in and the badge clears', async () => {
    const db = await pressOnFirstNudge(1);
    expect(await badge()).toBe('');
    const view = await getContact(db, { url: amara.url });
    expect(view.ok && view.value?.contact.stage).toBe('checked-in');
  });

  it('the Snooze button puts it off a day', async () => {
    await pressOnFirstNudge(0);
    expect(await badge()).toBe('');
    expect((await fakeBrowser.alarms.get(nudgeAlarm))?.scheduledTime).toBe(monday + 8 * day);
  });

  it('clears the alarm when nothing is left waiting', async () => {
    const db = await database();
    await fakeBrowser.alarms.create(nudgeAlarm, { when: monday });
    await db.clear('followUps');
    await syncNudges(db, clockAt(monday));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('the safety check', () => {
  it('repeats every five minutes, and a worker start does not put it off', async () => {
    await armSafetyCheck();
    const armed = await fakeBrowser.alarms.get(safetyAlarm);
    expect(armed).toMatchObject({ name: safetyAlarm, periodInMinutes: 5 });
    await armSafetyCheck(); // the worker starts again
    expect(await fakeBrowser.alarms.get(safetyAlarm)).toEqual(armed);
  });

  it('after the clock jumps 30 days on, its next run nudges what came due, each follow-up once', async () => {
    const db = await database();
    await syncNudges(db, clockAt(monday + day)); // the alarm now waits for a week on
    const jumped = monday + 31 * day;
    await syncNudges(db, clockAt(jumped)); // the safety check, on a moved clock
    const notifications = await shown();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ title: '2 follow-ups due' });
    expect(await badge()).toBe('2');
    // The next runs (five minutes on, and on wake) add nothing.
    await fakeBrowser.notifications.clear(Object.keys(await fakeBrowser.notifications.getAll())[0]!);
    await syncNudges(db, clockAt(jumped + 5 * 60_000));
    await syncNudges(db, clockAt(jumped + 10 * 60_000));
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('2');
  });
});
