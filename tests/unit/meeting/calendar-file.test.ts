import { describe, expect, it } from 'vitest';
import { meetingCalendarFile } from '@/utils/meeting/calendar-file';
import { meetingTimesText } from '@/utils/meeting/meeting-times';

// Tue 1 Dec 2026, 15:00 UTC: 16:00 in Warsaw, 20:30 in Bengaluru.
const start = Date.UTC(2026, 11, 1, 15, 0);

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe('the meeting calendar file', () => {
  const ics = unfold(
    meetingCalendarFile({
      start,
      minutes: 20,
      withName: 'Priya Raman',
      myZone: 'Europe/Warsaw',
      theirZone: 'Asia/Kolkata',
      notes: 'Questions:\n1. How did you move into product?',
      profileUrl: 'https://www.linkedin.com/in/priya-raman/',
    }),
  );

  it('is a calendar with one event at the right instant, for the minutes asked', () => {
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('DTSTART:20261201T150000Z');
    expect(ics).toContain('DTEND:20261201T152000Z');
    expect(ics).toContain('SUMMARY:Coffee chat with Priya Raman');
  });

  it('names the time in both zones, and keeps the prepared questions', () => {
    expect(ics).toContain('You: Tue 1 Dec\\, 16:00 (Europe/Warsaw)');
    expect(ics).toContain('Them: Tue 1 Dec\\, 20:30 (Asia/Kolkata)');
    expect(ics).toContain('How did you move into product?');
  });

  it('escapes text from a profile instead of letting it add calendar fields', () => {
    const hostile = unfold(
      meetingCalendarFile({
        start,
        minutes: 15,
        withName: 'Eve\r\nATTENDEE:mailto:attacker@example.com',
        myZone: 'UTC',
        profileUrl: 'javascript:alert(1)',
      }),
    );
    expect(hostile).not.toMatch(/^ATTENDEE/m);
    expect(hostile).not.toContain('javascript:');
  });
});

describe('meetingTimesText', () => {
  it('gives one line when we share a zone', () => {
    expect(meetingTimesText({ start, myZone: 'Europe/Paris', theirZone: 'Europe/Paris' })).toEqual([
      'You: Tue 1 Dec, 16:00 (Europe/Paris)',
    ]);
  });
});
