import { TZDate } from '@date-fns/tz';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-05-04": the day a moment falls on in a zone, as a date field shows it. */
export function dateFieldValue(time: number, timeZone: string): string {
  const local = new TZDate(time, timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** "2026-05-04T15:30": a moment in a zone, as a date-and-time field shows it. */
export function dateTimeFieldValue(time: number, timeZone: string): string {
  const local = new TZDate(time, timeZone);
  return `${dateFieldValue(time, timeZone)}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** The moment a date-and-time field means in a zone; undefined while the field is incomplete. */
export function timeFromDateTimeField(value: string, timeZone: string): number | undefined {
  const match = dateTimePattern.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  const local = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  // 2026-02-30 would roll over into March: a day that does not exist is no date.
  if (Number.isNaN(local.getTime()) || local.getMonth() !== month - 1 || local.getDate() !== day) return undefined;
  return local.getTime();
}

/**
 * A follow-up moved to another day keeps its time of day in the user's zone, so a reminder
 * set for 09:00 stays at 09:00 (and a DST change in between does not shift it).
 */
export function dueAtFromDateField(value: string, keepTimeOf: number, timeZone: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return undefined;
  const local = new TZDate(keepTimeOf, timeZone);
  return timeFromDateTimeField(`${value.trim()}T${pad(local.getHours())}:${pad(local.getMinutes())}`, timeZone);
}
