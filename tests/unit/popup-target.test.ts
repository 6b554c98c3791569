import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '@/utils/popup-target';

describe('tabIdFromQuery', () => {
  it.each([
    ['?tabId=42', 42],
    ['?foo=1&tabId=7', 7],
    ['', undefined],
    ['?tabId=', undefined],
    ['?tabId=-3', undefined],
    ['?tabId=4x', undefined],
    ['?tabId=99999999999999999999', undefined],
  ])('%s → %s', (search, expected) => {
    expect(tabIdFromQuery(search)).toBe(expected);
  });
});
