import type { PageDate, Period } from '@/utils/linkedin/profile';

/** Whole months from a page's date to `now`, counted from the date's latest possible day; undefined when unreadable. */
export function monthsSince(date: PageDate | undefined, now: number): number | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 12;
  const today = new Date(now);
  return Math.max(0, (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month));
}

/** "Recent" is said only of what the page dates to the month within the last three months. */
export function isRecent(date: PageDate | undefined, now: number): boolean {
  if (!date || date.length < 7) return false;
  const months = monthsSince(date, now);
  return months !== undefined && months <= 3;
}

/** A role, school or volunteering that ended: it has an end and is not marked ongoing. */
export function hasEnded(period: Period | undefined): boolean {
  return !!period && !period.ongoing && period.end !== undefined;
}

/** The year of a page date, for "(2023)". */
export function yearOf(date: PageDate | undefined): string | undefined {
  return /^(\d{4})/.exec(date ?? '')?.[1];
}
