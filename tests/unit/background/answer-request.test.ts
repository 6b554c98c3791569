import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import type { WorkerRequest } from '@/utils/messaging/messages';
import { profileOf } from '../store/made-up';

const clock = { now: Date.UTC(2026, 4, 4, 8), timeZone: 'Europe/Berlin' };
const ask = (type: WorkerRequest, data: unknown) => answerRequest(database, type, data, clock);
const amara = profileOf('amara-example');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
});

describe('the worker answers every request, malformed ones with a plain-words error', () => {
  it.each<[WorkerRequest, unknown, RegExp]>([
    ['saveContact', undefined, /The request should be a set of fields/],
    ['saveContact', { profile: { ...amara, url: 'https://example.com/' } }, /profile › url should be a LinkedIn profile address/],
    ['saveContact', { profile: amara, stage: 'married' }, /stage should be one of: reached-out/],
    ['saveContact', { profile: amara, notes: 42 }, /notes should be text/],
    ['logInteraction', { url: amara.url, kind: 'waved' }, /kind should be one of/],
    ['changeStage', { url: amara.url, stage: 'met', meetingAt: 'tomorrow' }, /meetingAt should be a date/],
    ['snoozeFollowUp', { id: 1, choice: '2-years' }, /choice should be one of: 1-day, 3-days, 1-week, or should be a set of fields/],
    ['finishFollowUp', { id: -3 }, /id should be a number/],
    ['setFollowUpDue', { id: 1, dueAt: Number.NaN }, /dueAt should be a date/],
    ['getContact', {}, /needs a url or a memberId/],
    ['listContacts', { limit: 1e9 }, /limit should be a number from 1 to 500/],
    ['saveSettings', { plan: { checkInAfterDays: 7 } }, /plan › moveOnAfterDays should be a number/],
    ['importData', { text: '{}' }, /apply should be true or false/],
    ['importData', { upload: 3, apply: true }, /text should be text/],
    ['openStore', { please: true }, /takes no data/],
    ['storeWritten', { error: 42 }, /error should be text/],
    ['eraseAll', {}, /confirm should be true/],
    ['getSettings', 'please', /takes no data/],
    ['deleteTheInternet' as WorkerRequest, {}, /Unknown request/],
  ])('%s with %j', async (type, data, reason) => {
    const reply = await ask(type, data);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(reason);
  });

  // Pages reach the worker through JSON, where NaN and Infinity become null: what the worker sees.
  const sent = (data: unknown) => JSON.parse(JSON.stringify(data)) as unknown;
  it.each<[string, WorkerRequest, (time: number) => unknown]>([
    ['a meeting time', 'changeStage', (time) => ({ url: amara.url, stage: 'meeting-scheduled', meetingAt: time })],
    ['a meeting time on save', 'saveContact', (time) => ({ profile: amara, meetingAt: time })],
    ['when it happened', 'logInteraction', (time) => ({ url: amara.url, kind: 'replied', at: time })],
    ['a new due date', 'setFollowUpDue', (time) => ({ id: 1, dueAt: time })],
    ['a snooze date', 'snoozeFollowUp', (time) => ({ id: 1, choice: { until: time } })],
    ['the due list’s end', 'listDue', (time) => ({ until: time })],
    ['a stretch of Coming up', 'listDueIn', (time) => ({ ranges: [{ from: 0, to: time }], first: 10 })],
  ])('refuses %s of NaN, Infinity or the year 275760 with a plain message, and changes nothing', async (_what, type, request) => {
    await ask('saveContact', { profile: amara });
    for (const time of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15]) {
      const reply = await ask(type, sent(request(time)));
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/should be a date between 1970 and 2200/) });
    }
    expect(await ask('getContact', { url: amara.url })).toMatchObject({ ok: true, value: { contact: { stage: 'reached-out' } } });
    expect(await ask('getContact', { url: amara.url })).not.toMatchObject({ value: { contact: { meetingAt: expect.anything() } } });
  });

  it('lets a page use the database once opened and checked, and answers a page’s failed write as a failure of the storage', async () => {
    expect(await ask('openStore', undefined)).toEqual({ ok: true, value: null });
    expect(await ask('storeWritten', {})).toEqual({ ok: true, value: null });
    // The worker's own answer to a storage failure (index.ts) then checks the database survived.
    expect(await ask('storeWritten', { error: 'The disk is full.' })).toEqual({ ok: false, error: 'The disk is full.', storage: true });
  });

  it('saves a well-formed contact and finds it again', async () => {
    expect(await ask('saveContact', { profile: amara, notes: 'Hi' })).toMatchObject({ ok: true, value: { url: amara.url, stage: 'reached-out' } });
    expect(await ask('getContact', { url: amara.url })).toMatchObject({ ok: true, value: { contact: { notes: 'Hi' } } });
    expect(await ask('listDue', { until: clock.now + 8 * 86_400_000 })).toMatchObject({ ok: true, value: [{ contact: { name: 'Amara' } }] });
  });

  it('erases only with the confirmation', async () => {
    await ask('saveContact', { profile: amara });
    expect(await ask('eraseAll', { confirm: true })).toEqual({ ok: true, value: { contacts: 1, followUps: 1 } });
    expect(await ask('getContact', { url: amara.url })).toEqual({ ok: true, value: null });
  });
});
