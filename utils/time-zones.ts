/** The one home of time-zone names: whether the browser knows one, and the list a picker offers. */

/** Whether the browser knows this IANA zone name (UTC, Asia/Kolkata … included). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

let zones: readonly string[] | undefined;

/** Every zone the browser lists, read once when first needed: the list is long. */
export function timeZoneList(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}
