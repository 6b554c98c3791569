import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import { pageRequest } from '@/entrypoints/background/page-request';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askWorker } from '@/utils/messaging/ask-worker';
import { answering, requestFor } from '@/utils/messaging/wire';
import { profileOf } from '../store/made-up';

const clock = { now: Date.UTC(2026, 4, 4, 8), timeZone: 'Europe/Berlin' };
const amara = profileOf('amara-example');

/** The runtime between a page and the worker: what the page sends reaches the worker's listener, answered by sendResponse. */
function connectPagesToWorker() {
  const listener = answering((message) => {
    const request = pageRequest(message);
    return request && answerRequest(database, request.type, request.data, clock);
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((respond) => {
        if (!listener(message, {}, respond)) respond(undefined);
      }) as never,
  );
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  connectPagesToWorker();
});
afterEach(() => {
  fakeBrowser.reset();
});

describe('a page’s request, sent by the pages’ messaging client, reaches the worker', () => {
  it('saves a contact and reads it back, with the worker’s answer unwrapped as the page expects', async () => {
    expect(await askWorker('saveContact', { profile: amara, notes: 'Hi' })).toMatchObject({ ok: true, value: { url: amara.url } });
    expect(await askWorker('getContact', { url: amara.url })).toMatchObject({ ok: true, value: { contact: { notes: 'Hi' } } });
  });

  it('a malformed request comes back as a plain-words refusal', async () => {
    expect(await askWorker('changeStage', { url: amara.url, stage: 'married' } as never)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/stage should be one of/),
    });
  });

  it.each([
    ['a request the worker does not know', requestFor('deleteTheInternet', {})],
    ['a message in another format', { type: 'getSettings' }],
    ['text', 'getSettings'],
    ['a key from an object’s prototype', requestFor('toString', {})],
  ])('leaves %s unanswered', (_what, message) => {
    expect(pageRequest(message)).toBeUndefined();
  });
});
