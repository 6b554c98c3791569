import { describe, expect, it } from 'vitest';
import { changesFollowUps } from '@/entrypoints/background/answer-request';
import type { WorkerRequest } from '@/utils/messages';

// After these the worker rebuilds badge, alarm and notifications; typing in "Me" must not.
describe('which requests bring nudges up to date', () => {
  it.each<[WorkerRequest, boolean]>([
    ['saveContact', true],
    ['logInteraction', true],
    ['setFollowUpDue', true],
    ['importData', true],
    ['eraseAll', true],
    ['saveSettings', false],
    ['getSettings', false],
    ['listDue', false],
  ])('%s → %s', (request, resync) => {
    expect(changesFollowUps(request)).toBe(resync);
  });
});
