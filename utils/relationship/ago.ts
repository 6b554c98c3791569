const minute = 60_000;
const hour = 60 * minute;

/** The words for a moment within the last day, in the interface's language (nudge-words.ts). */
export interface RecentWords {
  justNow: string;
  minutesAgo: (minutes: number) => string;
  hoursAgo: (hours: number) => string;
}

/** "just now", "5 min ago", "2 h ago", then "yesterday", "3 days ago" …: how long ago a reply came, from `now`. */
export function agoText(at: number, now: number, words: RecentWords, daysAgo: () => string): string {
  const past = Math.max(0, now - at);
  if (past < minute) return words.justNow;
  if (past < hour) return words.minutesAgo(Math.floor(past / minute));
  if (past < 24 * hour) return words.hoursAgo(Math.floor(past / hour));
  return daysAgo();
}
