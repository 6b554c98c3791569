import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { agoText } from '@/utils/relationship/ago';
import { recentWords } from '@/utils/relationship/nudge-words';
import { replyTime } from '@/utils/relationship/reply-time';

const zone = 'Europe/Berlin';
// Wednesday 2 December 2026, 15:30 in Berlin.
const now = new TZDate(2026, 11, 2, 15, 30, zone).getTime();
const clock = { now, timeZone: zone };
const at = (m: number, d: number, h: number, min: number, y = 2026) => new TZDate(y, m - 1, d, h, min, zone).getTime();

describe('when a reply on screen was written', () => {
  it.each([
    ['Today', '2:14 PM', at(12, 2, 14, 14)],
    ['Today', '09:05', at(12, 2, 9, 5)],
    ['Yesterday', '12:30 AM', at(12, 1, 0, 30)],
    ['Monday', '9:05 AM', at(11, 30, 9, 5)],
    ['Wednesday', '10:00 AM', at(11, 25, 10, 0)],
    ['Nov 28', '6:00 PM', at(11, 28, 18, 0)],
    ['Dec 30', '6:00 PM', at(12, 30, 18, 0, 2025)],
    ['Jan 4, 2026', '7:15 PM', at(1, 4, 19, 15)],
    // LinkedIn in Spanish, French, German and Portuguese.
    ['Hoy', '14:14', at(12, 2, 14, 14)],
    ['Aujourd’hui', '09:05', at(12, 2, 9, 5)],
    ['Heute', '14:14', at(12, 2, 14, 14)],
    ['Ontem', '00:30', at(12, 1, 0, 30)],
    ['lunes', '09:05', at(11, 30, 9, 5)],
    ['Mittwoch', '10:00', at(11, 25, 10, 0)],
    ['segunda-feira', '09:05', at(11, 30, 9, 5)],
    ['28 nov', '18:00', at(11, 28, 18, 0)],
    ['28. Nov.', '18:00', at(11, 28, 18, 0)],
    ['28 de nov.', '18:00', at(11, 28, 18, 0)],
    ['30 déc.', '18:00', at(12, 30, 18, 0, 2025)],
    ['4 janv. 2026', '19:15', at(1, 4, 19, 15)],
    ['4. März 2026', '19:15', at(3, 4, 19, 15)],
    ['4 de jul. de 2026', '19:15', at(7, 4, 19, 15)],
    ['4 juin 2026', '19:15', at(6, 4, 19, 15)],
  ])('%s %s', (day, time, expected) => {
    expect(replyTime(day, time, clock)).toBe(expected);
  });

  it('is never later than now, and says nothing for words it does not know', () => {
    expect(replyTime('Today', '11:59 PM', clock)).toBe(now);
    expect(replyTime('Vandaag', '14:14', clock)).toBeUndefined();
    expect(replyTime('Nov', '14:14', clock)).toBeUndefined();
    expect(replyTime('Today', 'vor 2 Std.', clock)).toBeUndefined();
  });

  it('is said the way the popup says it: "2 h ago"', () => {
    const days = () => 'yesterday';
    expect(agoText(now - 20_000, now, recentWords, days)).toBe('just now');
    expect(agoText(now - 5 * 60_000, now, recentWords, days)).toBe('5 min ago');
    expect(agoText(now - 2 * 3_600_000 - 60_000, now, recentWords, days)).toBe('2 h ago');
    expect(agoText(now - 30 * 3_600_000, now, recentWords, days)).toBe('yesterday');
  });
});
