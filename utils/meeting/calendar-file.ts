import { meetingTimesText } from './meeting-times';
import { isWebAddress } from '@/utils/web-address';

export interface Meeting {
  /** Start, epoch ms. */
  start: number;
  minutes: number;
  /** Who the chat is with, for the title: "Coffee chat with Amara Okafor". */
  withName: string;
  myZone: string;
  theirZone?: string;
  /** What the chat is for, and the prepared questions: the calendar entry's description. */
  notes?: string;
  /** Their profile, as a link in the entry. Only http(s) addresses are kept. */
  profileUrl?: string;
}

/** A UTC date-time as RFC 5545 writes it: 20261201T150000Z. */
const utc = (time: number) => new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped, so no text adds a field. */
const escapeText = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * One content line folded at 75 octets (§3.1): continuation lines start with a space, and a
 * character is never split between lines, whatever its length in UTF-8.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > (lines.length === 0 ? 75 : 74)) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/**
 * The calendar file (.ics) for a chat (guide: "own the logistics … sending calendar invites
 * with the correct time zone"). Times are written in UTC, which every calendar converts to
 * its owner's zone, so it is right for both people; both local times are in the notes.
 * RFC 5545: CRLF line ends, lines folded at 75 octets, text escaped.
 */
export function meetingCalendarFile(meeting: Meeting): string {
  const description = [...meetingTimesText(meeting), '', meeting.notes ?? ''].join('\n').trim();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentor Outreach//Mentor Outreach//EN',
    'BEGIN:VEVENT',
    `UID:${`${meeting.start}-${meeting.withName}`.replace(/[^\w.-]+/g, '-')}@mentor-outreach`,
    'SEQUENCE:0',
    `DTSTAMP:${utc(meeting.start)}`,
    `DTSTART:${utc(meeting.start)}`,
    `DTEND:${utc(meeting.start + meeting.minutes * 60_000)}`,
    `SUMMARY:${escapeText(`Coffee chat with ${meeting.withName}`)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    // A URI value is not TEXT: it is written as it is, and only web addresses get this far.
    ...(isWebAddress(meeting.profileUrl) ? [`URL;VALUE=URI:${meeting.profileUrl.replace(/[\r\n]/g, '')}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
