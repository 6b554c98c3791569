import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import { pageRequest } from '@/entrypoints/background/page-request';
import { replyOf } from '@/utils/messaging/message-wire';
import { workerMessaging } from '@/utils/messaging/messages';
import { profileOf } from '../store/made-up';

const clock = { now: Date.UTC(2026, 4, 4, 8), timeZone: 'Europe/Berlin' };
const amara = profileOf('amara-example');

/** The runtime between a page and the worker: what the page sends reaches the worker's reading of it. */
function connectPagesToWorker() {
  const sendMessage = (message: unknown, respond: (reply: unknown) => void) => {
    const request = pageRequest(message);
    if (!request) return respond(undefined);
    void answerRequest(database, request.type, request.data, clock).then((reply) => respond(replyOf(reply)));
  };
  vi.stubGlobal('chrome', { runtime: { sendMessage, lastError: undefined } });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  connectPagesToWorker();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a page’s request, sent by the pages’ messaging library, reaches the worker', () => {
  it('saves a contact and reads it back, with the worker’s answer unwrapped as the page expects', async () => {
    expect(await workerMessaging.sendMessage('saveContact', { profile: amara, notes: 'Hi' })).toMatchObject({ ok: true, value: { url: amara.url } });
    expect(await workerMessaging.sendMessage('getContact', { url: amara.url })).toMatchObject({ ok: true, value: { contact: { notes: 'Hi' } } });
  });

  it('a malformed request comes back as a plain-words refusal', async () => {
    expect(await workerMessaging.sendMessage('changeStage', { url: amara.url, stage: 'married' } as never)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/stage should be one of/),
    });
  });

  it.each([
    ['a request the worker does not know', { id: 1, type: 'deleteTheInternet', data: {}, timestamp: 1 }],
    ['a message in another format', { type: 'getSettings' }],
    ['text', 'getSettings'],
    ['a key from an object’s prototype', { id: 1, type: 'toString', data: {}, timestamp: 1 }],
  ])('leaves %s unanswered', (_what, message) => {
    expect(pageRequest(message)).toBeUndefined();
  });
});
