import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { planFollowUps } from '@/utils/relationship/plan-follow-ups';
import { defaultPlanSettings } from '@/utils/relationship/plan-settings';
import { stages, type Stage } from '@/utils/relationship/stages';

const hour = 3_600_000;
/** A wall-clock time in a zone, as epoch ms. */
const at = (zone: string, y: number, m: number, d: number, h = 10, min = 0) => new TZDate(y, m - 1, d, h, min, zone).getTime();
/** The wall-clock reading of an epoch time in a zone, "YYYY-MM-DD HH:mm". */
const wall = (zone: string, time: number) => {
  const date = new TZDate(time, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

describe('the follow-ups each stage change creates', () => {
  const zone = 'Europe/Berlin';
  const now = at(zone, 2026, 5, 4);
  const meetingAt = at(zone, 2026, 5, 12, 15);

  const table: [Stage, string[]][] = [
    ['reached-out', ['check-in 2026-05-11 10:00']],
    ['checked-in', ['move-on 2026-05-18 10:00']],
    ['replied', ['schedule-chat 2026-05-05 10:00']],
    ['meeting-scheduled', ['meeting-prep 2026-05-11 15:00', 'meeting-prep 2026-05-12 14:00']],
    ['met', ['thank-you 2026-05-04 12:00']],
    ['thanked', ['progress-update 2026-07-04 10:00']],
    ['ongoing', ['keep-in-touch 2026-08-04 10:00']],
    ['closed-no-response', []],
    ['closed-mismatch', []],
    ['closed-natural-end', []],
    ['declined', []],
    ['not-now', []],
    ['do-not-contact', []],
  ];

  it.each(table)('%s → %j', (stage, expected) => {
    const planned = planFollowUps({ stage, at: now, meetingAt }, now, zone, defaultPlanSettings);
    expect(planned.map((followUp) => `${followUp.kind} ${wall(zone, followUp.dueAt)}`)).toEqual(expected);
  });

  it('covers every stage there is', () => {
    expect(table.map(([stage]) => stage)).toEqual(stages);
  });

  it('asks for the thank-you well within 24 hours of the chat', () => {
    const [thankYou] = planFollowUps({ stage: 'met', at: now }, now, zone, defaultPlanSettings);
    expect(thankYou!.dueAt - now).toBeLessThanOrEqual(24 * hour);
  });

  it('follows the waits the user chose instead of the defaults', () => {
    const settings = { ...defaultPlanSettings, checkInAfterDays: 10, keepInTouchEveryMonths: 2 };
    expect(wall(zone, planFollowUps({ stage: 'reached-out', at: now }, now, zone, settings)[0]!.dueAt)).toBe('2026-05-14 10:00');
    expect(wall(zone, planFollowUps({ stage: 'ongoing', at: now }, now, zone, settings)[0]!.dueAt)).toBe('2026-07-04 10:00');
  });

  it('gives a late-logged chat a thank-you due at once, not none', () => {
    const metThreeDaysAgo = now - 72 * hour;
    const [thankYou] = planFollowUps({ stage: 'met', at: metThreeDaysAgo }, now, zone, defaultPlanSettings);
    expect(thankYou!.dueAt).toBeLessThan(now);
  });

  it('plans no chat reminders without a chat time', () => {
    expect(planFollowUps({ stage: 'meeting-scheduled', at: now }, now, zone, defaultPlanSettings)).toEqual([]);
  });

  it('drops the day-before reminder for a chat in three hours, keeping the hour-before one', () => {
    const soon = now + 3 * hour;
    const planned = planFollowUps({ stage: 'meeting-scheduled', at: now, meetingAt: soon }, now, zone, defaultPlanSettings);
    expect(planned).toEqual([{ kind: 'meeting-prep', dueAt: soon - hour }]);
  });

  it('reminds at once for a chat in 30 minutes', () => {
    const planned = planFollowUps({ stage: 'meeting-scheduled', at: now, meetingAt: now + hour / 2 }, now, zone, defaultPlanSettings);
    expect(planned).toEqual([{ kind: 'meeting-prep', dueAt: now }]);
  });

  it('plans nothing for a chat already past', () => {
    const planned = planFollowUps({ stage: 'meeting-scheduled', at: now, meetingAt: now - hour }, now, zone, defaultPlanSettings);
    expect(planned).toEqual([]);
  });
});

describe('day offsets keep the wall-clock time across daylight-saving changes', () => {
  it.each([
    // Berlin springs forward on 29 March 2026 and falls back on 25 October 2026.
    ['Europe/Berlin', at('Europe/Berlin', 2026, 3, 25, 9), '2026-04-01 09:00', 7 * 24 - 1],
    ['Europe/Berlin', at('Europe/Berlin', 2026, 10, 21, 9), '2026-10-28 09:00', 7 * 24 + 1],
    // New York springs forward on 8 March 2026 and falls back on 1 November 2026.
    ['America/New_York', at('America/New_York', 2026, 3, 5, 18, 30), '2026-03-12 18:30', 7 * 24 - 1],
    ['America/New_York', at('America/New_York', 2026, 10, 29, 18, 30), '2026-11-05 18:30', 7 * 24 + 1],
    // Sydney's DST is the other way round: it ends on 5 April 2026.
    ['Australia/Sydney', at('Australia/Sydney', 2026, 4, 1, 8), '2026-04-08 08:00', 7 * 24 + 1],
    // No DST at all, and a half-hour zone.
    ['Asia/Kolkata', at('Asia/Kolkata', 2026, 3, 25, 9), '2026-04-01 09:00', 7 * 24],
    ['Asia/Tokyo', at('Asia/Tokyo', 2026, 10, 21, 9), '2026-10-28 09:00', 7 * 24],
  ])('a check-in planned in %s', (zone, now, expected, hours) => {
    const [checkIn] = planFollowUps({ stage: 'reached-out', at: now }, now, zone, defaultPlanSettings);
    expect(wall(zone, checkIn!.dueAt)).toBe(expected);
    expect((checkIn!.dueAt - now) / hour).toBe(hours);
  });

  it('puts the day-before reminder at the chat’s wall-clock time across the Berlin spring change', () => {
    const zone = 'Europe/Berlin';
    const meetingAt = at(zone, 2026, 3, 29, 15); // the Sunday clocks go forward
    const now = at(zone, 2026, 3, 20);
    const [dayBefore, hourBefore] = planFollowUps({ stage: 'meeting-scheduled', at: now, meetingAt }, now, zone, defaultPlanSettings);
    expect(wall(zone, dayBefore!.dueAt)).toBe('2026-03-28 15:00');
    expect(wall(zone, hourBefore!.dueAt)).toBe('2026-03-29 14:00');
  });

  it('plans the progress update two calendar months on, from the last day of a month', () => {
    const zone = 'America/New_York';
    const now = at(zone, 2026, 12, 31, 20);
    const [update] = planFollowUps({ stage: 'thanked', at: now }, now, zone, defaultPlanSettings);
    expect(wall(zone, update!.dueAt)).toBe('2027-02-28 20:00');
  });

  it('counts days in the user’s zone, not UTC: late evening in Los Angeles is already tomorrow in UTC', () => {
    const zone = 'America/Los_Angeles';
    const now = at(zone, 2026, 6, 1, 23);
    const [checkIn] = planFollowUps({ stage: 'reached-out', at: now }, now, zone, defaultPlanSettings);
    expect(wall(zone, checkIn!.dueAt)).toBe('2026-06-08 23:00');
  });
});
