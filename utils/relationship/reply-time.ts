import { TZDateMini as TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Clock } from './clock';
import type { KnownContact } from './stages';

// The day headings of LinkedIn's conversations in the five interface languages we speak,
// compared without accents, case or dots ("Aujourd’hui", "28. Nov.", "28 de nov. de 2025").
const todayWords = new Set(['today', 'hoy', 'aujourdhui', 'heute', 'hoje']);
const yesterdayWords = new Set(['yesterday', 'ayer', 'hier', 'gestern', 'ontem']);
/** Sunday first, as Date.getDay() counts. */
const weekdayNames = [
  ['sunday', 'domingo', 'dimanche', 'sonntag'],
  ['monday', 'lunes', 'lundi', 'montag', 'segunda'],
  ['tuesday', 'martes', 'mardi', 'dienstag', 'terca'],
  ['wednesday', 'miercoles', 'mercredi', 'mittwoch', 'quarta'],
  ['thursday', 'jueves', 'jeudi', 'donnerstag', 'quinta'],
  ['friday', 'viernes', 'vendredi', 'freitag', 'sexta'],
  ['saturday', 'sabado', 'samedi', 'samstag'],
];
/** A month by the first letters of its name in any of the five ("mär" is "mar" without its accent). */
const monthStarts = [
  ['jan', 'ene'],
  ['feb', 'fev'],
  ['mar'],
  ['apr', 'abr', 'avr'],
  ['may', 'mai'],
  ['jun', 'jui'],
  ['jul', 'juil'],
  ['aug', 'ago', 'aou'],
  ['sep', 'set'],
  ['oct', 'okt', 'out'],
  ['nov'],
  ['dec', 'dic', 'dez'],
];

const plain = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'.]/g, '');

function monthOf(word: string): number | undefined {
  // "juin" and "juil" share "jui": the fourth letter tells them apart.
  if (word.startsWith('juil') || word === 'julio' || word === 'julho') return 6;
  const index = monthStarts.findIndex((starts) => starts.some((start) => word.startsWith(start)));
  return index < 0 ? undefined : index;
}

/**
 * "Today", "Yesterday", "Monday", "Nov 28", "Nov 28, 2025", and the same in Spanish, French,
 * German and Portuguese ("Hoy", "Hier", "Montag", "28 nov", "28. Nov. 2025", "28 de nov.") → that
 * day, in the clock's zone.
 */
function dayOf(day: string | undefined, now: Date, timeZone: string): Date | undefined {
  const words = plain((day ?? 'today').toLowerCase())
    .split(/[\s,-]+/)
    .filter((word) => word && word !== 'de' && word !== 'feira');
  const [first = ''] = words;
  if (words.length === 1 && todayWords.has(first)) return now;
  if (words.length === 1 && yesterdayWords.has(first)) return addDays(now, -1);
  const weekday = words.length === 1 ? weekdayNames.findIndex((names) => names.includes(first)) : -1;
  if (weekday >= 0) return addDays(now, -((now.getDay() - weekday + 7) % 7 || 7));
  const numbers = words.filter((word) => /^\d+$/.test(word)).map(Number);
  const named = words.filter((word) => !/^\d+$/.test(word));
  const month = named.length === 1 ? monthOf(named[0]!) : undefined;
  const date = numbers.find((number) => number >= 1 && number <= 31);
  const yearWritten = numbers.find((number) => number > 31);
  if (month === undefined || date === undefined || numbers.length > 2) return undefined;
  const year = yearWritten ?? now.getFullYear();
  const found = new TZDate(year, month, date, 0, 0, timeZone);
  // Without a year, "Dec 30" read in January is last year's.
  return yearWritten === undefined && found.getTime() > now.getTime() ? new TZDate(year - 1, month, date, 0, 0, timeZone) : found;
}

/**
 * When a message shown with a day heading and a time ("Today", "2:14 PM") was written, in
 * the user's zone; never later than now. Undefined when the words are not understood (an
 * interface language we do not speak): then the moment it was seen stands in.
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
