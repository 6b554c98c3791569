import { TZDateMini as TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Clock } from './clock';
import type { KnownContact } from './stages';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Today", "Yesterday", "Monday", "Nov 28", "Nov 28, 2025" (English interface) → that day, in the clock's zone. */
function dayOf(day: string | undefined, now: Date, timeZone: string): Date | undefined {
  const words = (day ?? 'today').toLowerCase().replace(',', '').split(/\s+/);
  const [first = '', second, third] = words;
  if (first === 'today') return now;
  if (first === 'yesterday') return addDays(now, -1);
  const weekday = weekdays.indexOf(first);
  if (weekday >= 0) return addDays(now, -((now.getDay() - weekday + 7) % 7 || 7));
  const month = months.indexOf(first.slice(0, 3));
  const date = Number(second);
  if (month < 0 || !Number.isInteger(date)) return undefined;
  const year = third ? Number(third) : now.getFullYear();
  const found = new TZDate(year, month, date, 0, 0, timeZone);
  // Without a year, "Dec 30" read in January is last year's.
  return !third && found.getTime() > now.getTime() ? new TZDate(year - 1, month, date, 0, 0, timeZone) : found;
}

/**
 * When a message shown with a day heading and a time ("Today", "2:14 PM") was written, in
 * the user's zone; never later than now. Undefined when the words are not understood (another
 * interface language): then the moment it was seen stands in.
 */
export function replyTime(day: string | undefined, time: string | undefined, clock: Clock): number | undefined {
  const match = /^(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$/i.exec(time?.trim() ?? '');
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.[0]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  const date = dayOf(day, new TZDate(clock.now, clock.timeZone), clock.timeZone);
  if (!date || hours > 23 || minutes > 59) return undefined;
  const at = new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes, clock.timeZone).getTime();
  return Math.min(at, clock.now);
}

/**
 * A message of theirs written at `at` is a reply we have not logged: it came after every step
 * we know of (saving them included). Someone who asked not to be contacted is never prompted.
 */
export function replyIsNew(contact: Pick<KnownContact, 'stage' | 'createdAt' | 'history'>, at: number): boolean {
  if (contact.stage === 'do-not-contact') return false;
  return at > Math.max(contact.createdAt, ...contact.history.map((entry) => entry.at));
}
