import { describe, expect, it } from 'vitest';
import { dateFieldValue, dateTimeFieldValue, dueAtFromDateField, timeFromDateTimeField } from '@/utils/follow-ups/field-times';

describe('date fields in the user’s time zone', () => {
  it('shows a follow-up due at 23:30 UTC on the next day in Tokyo', () => {
    expect(dateFieldValue(Date.UTC(2026, 4, 4, 23, 30), 'Asia/Tokyo')).toBe('2026-05-05');
    expect(dateFieldValue(Date.UTC(2026, 4, 4, 23, 30), 'America/New_York')).toBe('2026-05-04');
  });

  it('reads a chat at 15:00 in Warsaw as 13:00 UTC in summer', () => {
    expect(timeFromDateTimeField('2026-07-01T15:00', 'Europe/Warsaw')).toBe(Date.UTC(2026, 6, 1, 13));
    expect(dateTimeFieldValue(Date.UTC(2026, 6, 1, 13), 'Europe/Warsaw')).toBe('2026-07-01T15:00');
  });

  it('waits for a complete date and time', () => {
    expect(timeFromDateTimeField('2026-07-', 'Europe/Warsaw')).toBeUndefined();
    expect(dueAtFromDateField('', Date.now(), 'Europe/Warsaw')).toBeUndefined();
  });

  it('keeps a 09:00 reminder at 09:00 when it moves across the spring clock change', () => {
    const nineInWinter = Date.UTC(2026, 2, 20, 8); // 09:00 in Berlin, UTC+1
    const moved = dueAtFromDateField('2026-04-02', nineInWinter, 'Europe/Berlin');
    expect(moved).toBe(Date.UTC(2026, 3, 2, 7)); // 09:00 in Berlin, UTC+2
  });

  it.each([[''], ['2026-02-30'], ['tomorrow'], ['2026-13-01']])('refuses %j as a day to move a follow-up to', (value) => {
    expect(dueAtFromDateField(value, Date.UTC(2026, 4, 4, 7), 'UTC')).toBeUndefined();
  });

  it('round-trips a day through the field, far from UTC', () => {
    const dueAt = dueAtFromDateField('2027-01-15', Date.UTC(2026, 4, 4, 20), 'Pacific/Auckland')!;
    expect(dateFieldValue(dueAt, 'Pacific/Auckland')).toBe('2027-01-15');
  });
});
