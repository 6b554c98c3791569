/** A meeting's time as each person sees it (guide: acknowledge time zones). */

/** "Tue 1 Dec, 16:00 (Europe/Warsaw)": a meeting time as one person sees it. */
export function meetingTimeText(start: number, zone: string, locale = 'en-GB'): string {
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(start);
  return `${when} (${zone.replace(/_/g, ' ')})`;
}

/** Who sees which time, and the locale the times are written in. */
export interface MeetingTimeWords {
  you: (time: string) => string;
  them: (time: string) => string;
  locale: string;
}

// The calendar file's own words: it is written in English, as the invitation is.
const calendarWords: MeetingTimeWords = { you: (time) => `You: ${time}`, them: (time) => `Them: ${time}`, locale: 'en-GB' };

/** The meeting in my zone and, when known and different, in theirs (the dashboard gives its words; the calendar file uses its own). */
export function meetingTimesText(meeting: { start: number; myZone: string; theirZone?: string }, words = calendarWords): string[] {
  const mine = words.you(meetingTimeText(meeting.start, meeting.myZone, words.locale));
  if (!meeting.theirZone || meeting.theirZone === meeting.myZone) return [mine];
  return [mine, words.them(meetingTimeText(meeting.start, meeting.theirZone, words.locale))];
}
