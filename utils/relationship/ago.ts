const minute = 60_000;
const hour = 60 * minute;

/** "just now", "5 min ago", "2 h ago", then "yesterday", "3 days ago" …: how long ago a reply came, from `now`. */
export function agoText(at: number, now: number, daysAgo: () => string): string {
  const past = Math.max(0, now - at);
  if (past < minute) return 'just now';
  if (past < hour) return `${Math.floor(past / minute)} min ago`;
  if (past < 24 * hour) return `${Math.floor(past / hour)} h ago`;
  return daysAgo();
}
