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

/** The meeting in my zone and, when known and different, in theirs. */
export function meetingTimesText(meeting: { start: number; myZone: string; theirZone?: string }): string[] {
  const mine = meetingTimeText(meeting.start, meeting.myZone);
  if (!meeting.theirZone || meeting.theirZone === meeting.myZone) return [`You: ${mine}`];
  return [`You: ${mine}`, `Them: ${meetingTimeText(meeting.start, meeting.theirZone)}`];
}
