import type { PageDate, Period } from './profile';

// Month names as LinkedIn's interface languages show them, by their first letters: the
// English "Jan", the Polish "sty"/"styczeń", German "Jan."/"Mär", French "janv.", Spanish
// "ene", Portuguese "fev". Unknown words leave only the year, which is still a date.
const monthStarts: string[][] = [
  ['jan', 'sty', 'ene', 'gen', 'janv'],
  ['feb', 'lut', 'fév', 'fev', 'fév'],
  ['mar', 'mär', 'mrz'],
  ['apr', 'kwi', 'avr', 'abr'],
  ['may', 'maj', 'mai', 'mag'],
  ['jun', 'cze', 'juin', 'giu'],
  ['jul', 'lip', 'juil', 'lug'],
  ['aug', 'sie', 'août', 'ago'],
  ['sep', 'wrz', 'set'],
  ['oct', 'paź', 'okt', 'out', 'ott'],
  ['nov', 'lis'],
  ['dec', 'gru', 'dez', 'déc', 'dic'],
];

function monthOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase().replace(/\.$/, '');
  // "paź" before "pa…"; full names ("czerwiec", "March") match by their start.
  for (const [index, starts] of monthStarts.entries()) if (starts.some((start) => lower.startsWith(start))) return index + 1;
  if (lower.startsWith('czerw')) return 6;
  return undefined;
}

const two = (n: number) => String(n).padStart(2, '0');

// "Mar 2021", "March 14, 2021", "14 Mar 2021", "2021年4月", "2021": the date parts around a year.
const dated = /(?:(\d{1,2})\.?\s+)?(\p{L}[\p{L}.]*)?\s*(\d{1,2},\s*)?((?:19|20)\d{2})(?:\s*年\s*(\d{1,2})\s*月)?/gu;

/** Every date a text shows, in order, each as precise as the text is. */
function datesIn(text: string): PageDate[] {
  const out: PageDate[] = [];
  for (const match of text.matchAll(dated)) {
    const [, dayBefore, word, dayAfter, year, cjkMonth] = match;
    const month = cjkMonth ? Number(cjkMonth) : monthOf(word);
    if (!month || month > 12) {
      out.push(year!);
      continue;
    }
    const day = Number((dayAfter ?? dayBefore ?? '').replace(/\D/g, ''));
    out.push(day >= 1 && day <= 31 ? `${year}-${two(month)}-${two(day)}` : `${year}-${two(month)}`);
  }
  return out;
}

/**
 * The period a dates line shows: "Jan 2020 - Present · 4 yrs", "2011 – 2015",
 * "sty 2022 – obecnie · 4 lata", "czerwiec 2014 – obecnie (1 rok 2 mies.)", "2021年4月 - 現在".
 * A range with one date ends in "Present" in some language, so it is ongoing. The duration
 * after "·" or in brackets is left out: it holds no date.
 */
export function periodOf(line: string | undefined): Period | undefined {
  if (!line) return undefined;
  const range = line.split(/\s·\s|\(/)[0]!;
  const dates = datesIn(range);
  if (!dates.length) return undefined;
  const [start, end] = dates;
  if (end) return { start, end };
  // A dash after the only date: "2021 – Present". No dash: a single date ("2015").
  return /[-–—]/.test(range.replace(dated, '')) ? { start, ongoing: true } : { start, end: start };
}

// "3w", "2 mo", "5d", "1yr", "4h", "3 weeks ago", "1 tydz.": ages as feeds show them.
const age = /^(\d+)\s*(s|sec|m|min|mins|h|hr|hrs|hours?|d|days?|w|wk|weeks?|tydz|mo|mos|months?|mies|y|yr|yrs|years?)\b\.?(?:\s+ago)?/i;
const unitMs: Record<string, number> = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };

function unitOf(word: string): 's' | 'm' | 'h' | 'd' | 'w' | 'mo' | 'y' {
  const w = word.toLowerCase();
  if (w.startsWith('mo') || w.startsWith('mies')) return 'mo';
  if (w.startsWith('y')) return 'y';
  if (w.startsWith('w') || w.startsWith('tydz')) return 'w';
  if (w.startsWith('d')) return 'd';
  if (w.startsWith('h')) return 'h';
  if (w.startsWith('s')) return 's';
  return 'm';
}

/**
 * When something was posted, from what the page shows beside it: a date ("Jun 2, 2026",
 * "Issued Mar 2021") as precise as shown, or an age ("3w", "2 mo", "1yr") counted back from
 * `now`, the moment the page was read: days for hours to weeks, months for months, years for years.
 */
export function dateOf(text: string | undefined, now: number): PageDate | undefined {
  const clean = text?.trim();
  if (!clean) return undefined;
  const found = age.exec(clean);
  if (found) {
    const count = Number(found[1]);
    const unit = unitOf(found[2]!);
    const at = new Date(now);
    if (unit === 'y') return String(at.getUTCFullYear() - count);
    if (unit === 'mo') {
      at.setUTCDate(1);
      at.setUTCMonth(at.getUTCMonth() - count);
      return `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}`;
    }
    return new Date(now - count * unitMs[unit]!).toISOString().slice(0, 10);
  }
  return datesIn(clean)[0];
}

/**
 * The first age or date among `lines`, read as `dateOf` reads it. Only short parts between
 * dots count ("2d • Edited", "Jane posted this • 3w", "Jun 2, 2026"), never a year in a post.
 */
export function firstDate(lines: string[], now: number): PageDate | undefined {
  for (const line of lines) {
    for (const part of line.split(/\s[•·]\s/)) {
      const date = part.length <= 24 ? dateOf(part, now) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}
