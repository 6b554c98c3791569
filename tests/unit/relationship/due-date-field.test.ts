import { describe, expect, it } from 'vitest';
import { dueAtFromDateValue, dueDateValue } from '@/utils/relationship/due-date-field';

describe('the "Due date" field', () => {
  it('shows the due day in the user’s zone, not in UTC', () => {
    const lateEveningInNewYork = Date.UTC(2026, 11, 2, 3, 30); // 1 Dec, 22:30 in New York
    expect(dueDateValue(lateEveningInNewYork, 'America/New_York')).toBe('2026-12-01');
    expect(dueDateValue(lateEveningInNewYork, 'Europe/Berlin')).toBe('2026-12-02');
  });

  it('moves a follow-up to 09:00 on the picked day in the user’s zone, across daylight saving', () => {
    expect(dueAtFromDateValue('2026-03-30', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 30, 7, 0)); // summer time
    expect(dueAtFromDateValue('2026-03-27', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 27, 8, 0)); // winter time
    expect(dueAtFromDateValue('2026-12-01', 'Asia/Kolkata')).toBe(Date.UTC(2026, 11, 1, 3, 30));
  });

  it.each([[''], ['2026-02-30'], ['tomorrow'], ['2026-13-01']])('refuses %j', (value) => {
    expect(dueAtFromDateValue(value, 'UTC')).toBeUndefined();
  });

  it('round-trips', () => {
    const dueAt = dueAtFromDateValue('2027-01-15', 'Pacific/Auckland')!;
    expect(dueDateValue(dueAt, 'Pacific/Auckland')).toBe('2027-01-15');
  });
});
