import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { notNowDefault, snoozeUntil } from '@/utils/relationship/snooze-until';

const zone = 'Europe/Berlin';
const now = new TZDate(2026, 2, 28, 9, 0, zone).getTime(); // the day before clocks go forward

describe('snoozing a follow-up', () => {
  it.each([
    ['1-day', new TZDate(2026, 2, 29, 9, 0, zone)],
    ['3-days', new TZDate(2026, 2, 31, 9, 0, zone)],
    ['1-week', new TZDate(2026, 3, 4, 9, 0, zone)],
  ] as const)('%s brings it back at the same wall-clock time, across the DST change', (choice, expected) => {
    expect(snoozeUntil(choice, now, zone)).toBe(expected.getTime());
  });

  it('brings it back on the date the user picked', () => {
    const picked = new TZDate(2026, 4, 1, 8, 0, zone).getTime();
    expect(snoozeUntil({ until: picked }, now, zone)).toBe(picked);
  });
});

describe('“not now”, asked until when', () => {
  it('offers a month from now in Me’s zone, the last day of a shorter month when there is no such day', () => {
    expect(notNowDefault(now, zone)).toBe(new TZDate(2026, 3, 28, 9, 0, zone).getTime());
    // 31 January 23:30 in Auckland is still January there: a month on is 28 February.
    const auckland = 'Pacific/Auckland';
    expect(notNowDefault(new TZDate(2027, 0, 31, 23, 30, auckland).getTime(), auckland)).toBe(new TZDate(2027, 1, 28, 23, 30, auckland).getTime());
  });
});
