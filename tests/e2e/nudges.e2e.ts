import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import type { Profile } from '@/utils/linkedin/profile';
import { personNamed } from '../unit/outreach/people';
import { browserPerFile } from './browser-per-file';

// Made-up people: the worker only needs what the reader would have read.
const person = (slug: string, firstName: string): Profile => personNamed(slug, `${firstName} Example`);
const amara = person('amara-okafor', 'Amara');
const tomasz = person('tomasz-wojcik', 'Tomasz');
const day = 86_400_000;

const browser = browserPerFile();

const alarmOf = (worker: Worker) => worker.evaluate(() => chrome.alarms.get('next-follow-up'));
const badgeOf = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const notificationsOf = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

describe('nudges in Chromium, across a worker restart', () => {
  it('saving arms the alarm; a due follow-up raises badge and notification; a restart loses nothing and notifies nothing twice', async () => {
    const savedAt = Date.now();

    const saved = await browser.askWorker('saveContact', { profile: amara, notes: 'Met at the data summit' });
    expect(saved).toMatchObject({ ok: true, value: { url: amara.url, stage: 'reached-out' } });
    await browser.askWorker('saveContact', { profile: tomasz });

    // Saving armed the one alarm at the first check-in, a week on.
    const worker = await browser.worker();
    const alarm = await alarmOf(worker);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(savedAt + 7 * day - 3_600_000);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 7 * day + 3_600_000);
    expect(await badgeOf(worker)).toBe('');

    // Amara's check-in comes due now.
    const view = await browser.askWorker('getContact', { url: amara.url });
    const checkIn = view.ok ? view.value?.followUps[0] : undefined;
    expect(checkIn?.kind).toBe('check-in');
    expect(await browser.askWorker('setFollowUpDue', { id: checkIn!.id, dueAt: Date.now() - 60_000 })).toMatchObject({ ok: true });

    await expect.poll(() => badgeOf(worker)).toBe('1');
    await expect.poll(() => notificationsOf(worker)).toEqual([`follow-up:${checkIn!.id}`]);
    const nextAlarm = (await alarmOf(worker))?.scheduledTime;
    expect(nextAlarm).toBeGreaterThan(Date.now()); // now Tomasz's check-in

    // Wipe what the worker set, so only a fresh start can put it back; then stop the worker.
    await worker.evaluate(async (id) => {
      await chrome.notifications.clear(id);
      await chrome.action.setBadgeText({ text: '' });
      await chrome.alarms.clear('next-follow-up');
    }, `follow-up:${checkIn!.id}`);
    // A mark in the worker's memory: gone after a real restart.
    await worker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    await browser.stopWorker();

    // A message wakes it; it answers from the database and rebuilds badge and alarm.
    const after = await browser.askWorker('getContact', { url: amara.url });
    expect(after).toMatchObject({ ok: true, value: { contact: { notes: 'Met at the data summit', stage: 'reached-out' } } });
    const restarted = await browser.worker();
    expect(await restarted.evaluate(() => 'beforeRestart' in globalThis)).toBe(false);
    await expect.poll(() => badgeOf(restarted)).toBe('1');
    await expect.poll(async () => (await alarmOf(restarted))?.scheduledTime).toBe(nextAlarm);
    expect(await notificationsOf(restarted)).toEqual([]);

    const due = await browser.askWorker('listDue', {});
    expect(due).toMatchObject({ ok: true, value: [{ contact: { name: 'Amara' }, followUp: { kind: 'check-in' } }] });
  });
});

describe('the safety check, with the clock moved', () => {
  it('after the clock jumps 30 days on, the next safety check nudges what came due, once, and sets the badge', async () => {
    const hana = person('hana-sato', 'Hana');
    await browser.askWorker('eraseAll', { confirm: true });
    const worker = await browser.worker();
    // Erasing takes the badge of the earlier test's due check-in with it.
    await expect.poll(() => badgeOf(worker)).toBe('');
    await browser.askWorker('saveContact', { profile: hana });
    // Armed at start, repeating every five minutes.
    expect(await worker.evaluate(() => chrome.alarms.get('safety-check'))).toMatchObject({ periodInMinutes: 5 });
    const view = await browser.askWorker('getContact', { url: hana.url });
    const checkIn = view.ok ? view.value?.followUps[0] : undefined;

    // The worker's clock jumps a month on; the one-shot alarm still waits for a week from the real now.
    const fire = () =>
      worker.evaluate(async () => {
        const { periodInMinutes } = (await chrome.alarms.get('safety-check'))!;
        // Now (by the browser's clock): an unpacked extension's alarm may fire at once.
        await chrome.alarms.create('safety-check', { when: performance.timeOrigin + performance.now() + 100, periodInMinutes });
      });
    await worker.evaluate((month) => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + month;
    }, 30 * day);
    await fire();
    await expect.poll(() => notificationsOf(worker)).toEqual([`follow-up:${checkIn!.id}`]);
    await expect.poll(() => badgeOf(worker)).toBe('1');

    // The next checks add nothing: one nudge per follow-up.
    await worker.evaluate(async (id) => {
      await chrome.notifications.clear(id);
      await chrome.action.setBadgeText({ text: '' });
    }, `follow-up:${checkIn!.id}`);
    await fire();
    await expect.poll(() => badgeOf(worker)).toBe('1');
    expect(await notificationsOf(worker)).toEqual([]);
  });
});
