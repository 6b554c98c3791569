import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { howLongAgo, nudgeText, whenAhead, type Nudge } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';

const timeZone = 'Europe/Berlin';
const day = 86_400_000;
const now = new TZDate(2026, 4, 12, 9, 0, timeZone).getTime();
const clock = { now, timeZone };

describe('what a nudge says', () => {
  it('names the person and what to do: the thank-you the day after the chat', () => {
    const nudge: Nudge = { name: 'Amara', kind: 'thank-you', since: now - day };
    expect(nudgeText([nudge], clock, nudgeWords)).toEqual({
      title: 'Send a thank-you',
      message: 'Send Amara a thank-you: you met yesterday.',
    });
  });

  it.each<[Nudge['kind'], string]>([
    ['check-in', 'Send Tomasz a gentle, no-pressure check-in: you reached out 7 days ago.'],
    ['move-on', 'Consider moving on from Tomasz: no reply since your check-in 7 days ago.'],
    ['schedule-chat', 'Propose times for the chat to Tomasz: they replied 7 days ago.'],
    ['progress-update', 'Tell Tomasz how their advice worked out: you thanked them 7 days ago.'],
    ['keep-in-touch', 'Keep in touch with Tomasz: your last update was 7 days ago.'],
  ])('%s', (kind, message) => {
    expect(nudgeText([{ name: 'Tomasz', kind, since: now - 7 * day }], clock, nudgeWords).message).toBe(message);
  });

  it('tells when the chat is, in the user’s time zone', () => {
    const meetingAt = new TZDate(2026, 4, 13, 15, 30, timeZone).getTime();
    const nudge: Nudge = { name: 'Lucía', kind: 'meeting-prep', since: now - 3 * day, meetingAt };
    expect(nudgeText([nudge], clock, nudgeWords).message).toBe(
      'Prepare for your chat with Lucía tomorrow at 15:30: re-read your message and note 3-5 open questions.',
    );
  });

  it('writes a date ahead in the language of its words, never in the browser’s default (no “December 9 at 7:56 AM” beside “9 December”)', () => {
    const nextWeek = new TZDate(2026, 4, 19, 7, 56, timeZone).getTime();
    expect(whenAhead(nextWeek, clock, nudgeWords)).toBe('on 19 May at 07:56');
    const germanDates = { ...nudgeWords, locale: 'de-DE' };
    expect(whenAhead(nextWeek, clock, germanDates)).toBe('on 19. Mai at 07:56');
  });

  it('makes several due at once into one digest that lists them', () => {
    const nudges: Nudge[] = ['Amara', 'Tomasz', 'Kenji', 'Lucía', 'Priya', 'Sam'].map((name) => ({
      name,
      kind: 'check-in',
      since: now - 7 * day,
    }));
    const text = nudgeText(nudges, clock, nudgeWords);
    expect(text.title).toBe('6 follow-ups due');
    expect(text.message.split('\n')).toEqual([
      'Send Amara a gentle, no-pressure check-in: you reached out 7 days ago.',
      'Send Tomasz a gentle, no-pressure check-in: you reached out 7 days ago.',
      'Send Kenji a gentle, no-pressure check-in: you reached out 7 days ago.',
      'Send Lucía a gentle, no-pressure check-in: you reached out 7 days ago.',
      '…and 2 more.',
    ]);
  });

  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [13, '13 days ago'],
    [21, '3 weeks ago'],
    [92, '3 months ago'],
  ])('says %i days back as “%s”', (days, words) => {
    expect(howLongAgo(now - days * day, clock, nudgeWords)).toBe(words);
  });

  it('counts “yesterday” by the user’s calendar: 23:30 last night is yesterday, even 10 hours ago', () => {
    const lateLastNight = new TZDate(2026, 4, 11, 23, 30, timeZone).getTime();
    expect(howLongAgo(lateLastNight, clock, nudgeWords)).toBe('yesterday');
  });
});
