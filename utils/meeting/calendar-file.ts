import ical from 'ical-generator';
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


/**
 * The calendar file (.ics) for a chat (guide: "own the logistics … sending calendar invites
 * with the correct time zone"). Times are written in UTC, which every calendar converts to
 * its owner's zone, so it is right for both people; both local times are in the notes.
 */
export function meetingCalendarFile(meeting: Meeting): string {
  const calendar = ical({ prodId: { company: 'Mentor Outreach', product: 'Mentor Outreach', language: 'EN' } });
  const description = [...meetingTimesText(meeting), '', meeting.notes ?? ''].join('\n').trim();
  calendar.createEvent({
    id: `${meeting.start}-${meeting.withName}`.replace(/[^\w.-]+/g, '-') + '@mentor-outreach',
    start: new Date(meeting.start),
    end: new Date(meeting.start + meeting.minutes * 60_000),
    stamp: new Date(meeting.start),
    summary: `Coffee chat with ${meeting.withName}`,
    description,
    ...(isWebAddress(meeting.profileUrl) && { url: meeting.profileUrl }),
  });
  return calendar.toString();
}
