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

describe('the calendar file as RFC 5545 writes it', () => {
  const meeting = {
    start,
    minutes: 20,
    withName: 'Zoë Ångström-Ñúñez',
    myZone: 'Europe/Warsaw',
    theirZone: 'Asia/Kolkata',
    notes: `Questions; about “scaling”, teams\\roles: ${'é'.repeat(60)} 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字`,
  };
  const ics = meetingCalendarFile(meeting);
  const octets = (line: string) => new TextEncoder().encode(line).length;

  it('ends every line, the last included, with CRLF and never a bare line break', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    expect(ics).not.toContain('\uFFFD');
    expect(unfold(ics)).toContain('DESCRIPTION:You: Tue 1 Dec\\, 16:00 (Europe/Warsaw)');
    expect(unfold(ics)).toContain(`Questions\\; about “scaling”\\, teams\\\\roles: ${'é'.repeat(60)} 漢字`);
    expect(unfold(ics)).toContain('SUMMARY:Coffee chat with Zoë Ångström-Ñúñez');
  });

  it('has exactly one event with a start, an end, a stamp and an id', () => {
    const fields = unfold(ics).split('\r\n');
    expect(fields.filter((field) => field === 'BEGIN:VEVENT')).toHaveLength(1);
    for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND']) expect(fields.filter((field) => field.startsWith(`${name}:`))).toHaveLength(1);
    expect(fields).toContain('VERSION:2.0');
  });
});
