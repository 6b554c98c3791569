import { TZDate } from '@date-fns/tz';

/** The hour a follow-up moved to a new date falls due, in the user's zone: the start of a working day. */
export const dueHour = 9;

/** A due time as the value of an <input type="date"> (YYYY-MM-DD) in the user's zone. */
export function dueDateValue(dueAt: number, timeZone: string): string {
  const date = new TZDate(dueAt, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The due time for a date the user picked: that day at 09:00 in their zone; undefined if not a date. */
export function dueAtFromDateValue(value: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new TZDate(year, month - 1, day, dueHour, 0, 0, timeZone);
  return date.getMonth() === month - 1 ? date.getTime() : undefined;
}
