import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { defaultMe, readMe } from '@/utils/outreach/me';
import { monthStart, noteSentAt } from '@/utils/relationship/monthly-notes';
import { noteAllowance } from '@/utils/relationship/note-allowance';

describe('this month’s invitation notes', () => {
  it('starts the month at midnight on the 1st in Me’s zone', () => {
    const now = Date.UTC(2026, 3, 30, 13); // 1 May, 01:00 in Auckland
    expect(monthStart({ now, timeZone: 'Pacific/Auckland' })).toBe(new TZDate(2026, 4, 1, 0, 0, 'Pacific/Auckland').getTime());
    expect(monthStart({ now, timeZone: 'America/New_York' })).toBe(new TZDate(2026, 3, 1, 0, 0, 'America/New_York').getTime());
  });

  it('dates a note by its logged send, and counts only invitation notes', () => {
    const history = [{ kind: 'sent', at: 20 }];
    expect(noteSentAt({ message: { channel: 'connection-note' }, history, createdAt: 10 })).toBe(20);
    expect(noteSentAt({ message: { channel: 'connection-note' }, history: [], createdAt: 10 })).toBe(10);
    expect(noteSentAt({ message: { channel: 'inmail' }, history, createdAt: 10 })).toBeUndefined();
    expect(noteSentAt({ history, createdAt: 10 })).toBeUndefined();
  });

  it('warns before the last note of a free account, offers other ways at the cap, and leaves Premium alone', () => {
    expect(noteAllowance(3, 5, 'free')).toEqual({ kind: 'room', used: 3, cap: 5 });
    expect(noteAllowance(4, 5, 'free')).toEqual({ kind: 'last', used: 4, cap: 5 });
    expect(noteAllowance(5, 5, 'free')).toEqual({ kind: 'none', used: 5, cap: 5 });
    expect(noteAllowance(9, 5, 'premium')).toBeUndefined();
  });

  it('keeps the cap in Me: five unless set, a whole number from 1 to 100 as typed', () => {
    expect(defaultMe.notesPerMonth).toBe(5);
    expect(readMe({}).notesPerMonth).toBe(5);
    expect(readMe({ notesPerMonth: '10' }).notesPerMonth).toBe(10);
    expect(readMe({ notesPerMonth: 3 }).notesPerMonth).toBe(3);
    expect(readMe({ notesPerMonth: '2.5' }).notesPerMonth).toBe(5);
    expect(readMe({ notesPerMonth: 0 }).notesPerMonth).toBe(5);
  });
});
