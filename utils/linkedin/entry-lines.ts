import { periodOf } from './page-dates';
import type { Achievement, Education, Experience, Role, SpokenLanguage, Volunteering } from './profile';

const year = /\b(?:19|20)\d{2}\b/g;

/** A dates line is the one with a year in it, in any language ("sty 2021 – obecnie"). */
export function hasYear(line: string): boolean {
  return (line.match(year) ?? []).length > 0;
}

/** An ongoing role shows a range with one end ("2021 – Present", "2021 – obecnie · 5 lat"). */
export function isOngoing(dates: string | undefined): boolean {
  return !!periodOf(dates)?.ongoing;
}

/** "Lumen Freight · Full-time" → "Lumen Freight": the employment type is a translated word. */
function companyOf(line: string | undefined): string | undefined {
  return line?.split(' · ')[0]?.trim() || undefined;
}

/**
 * A role from the lines an entry shows, in LinkedIn's order: title, company (left out when the
 * entry sits under its employer's group), dates, location, then description.
 */
export function roleFromLines(lines: string[], groupCompany?: string, description?: string): Experience {
  const rest = [...lines];
  const title = rest.shift();
  const company = groupCompany ?? companyOf(rest.shift());
  const at = rest.findIndex(hasYear);
  const dates = at >= 0 ? rest[at] : undefined;
  const after = at >= 0 ? rest.slice(at + 1) : rest;
  // A short line right after the dates is the place; longer text is the description.
  const location = at >= 0 && after[0] !== undefined && after[0].length <= 80 ? after.shift() : undefined;
  return prune({ title, company, dates, location, description: description ?? (after.join(' ') || undefined) });
}

/** A school entry from its lines: school, degree, dates. */
export function educationFromLines(lines: string[]): Education {
  const [school, ...rest] = lines;
  const dates = rest.find(hasYear);
  const degree = rest[0] !== dates ? rest[0] : undefined;
  return prune({ school, degree, dates });
}

// Lead-ins before an issuer ("Issued by IEEE", "Utfärdad av …", "Wydane przez …") in the
// interface languages the team's pages use; others keep theirs, still readable.
const leadIn = /^(issued by|issued|issuer|published by|awarded by|utfärdad av|ausgestellt von|délivré par|emitido por|wydane przez)\s+/i;

/**
 * A project, publication, honour or certification from the lines its entry shows: the title,
 * then who gave or published it and when ("IEEE · Jun 2019", "Coursera" then "Issued Mar 2021
 * · Expires Mar 2024"), then its description. Short lines after the date ("Associated with…",
 * "Credential ID…") are labels, not description.
 */
export function achievementFromLines(lines: string[], description?: string, url?: string): Achievement | undefined {
  const [title, ...rest] = lines;
  if (!title) return undefined;
  const at = rest.slice(0, 3).findIndex(hasYear);
  const parts = at >= 0 ? rest[at]!.split(' · ') : [];
  const when = parts.find(hasYear);
  const period = periodOf(when);
  const beside = parts.filter((part) => !hasYear(part)).join(' · ');
  // Without a date, a short line after the title is the issuer; a long one is the description.
  const before = at > 0 ? rest[0] : at < 0 && rest[0] && rest[0].length <= 80 ? rest[0] : undefined;
  const by = (beside || before)?.replace(leadIn, '') || undefined;
  const after = rest.slice(at >= 0 ? at + 1 : before ? 1 : 0).filter((line) => line.length > 40);
  const single = period && !period.ongoing && period.start === period.end;
  return prune({
    title,
    by,
    date: single ? period.start : undefined,
    period: period && !single ? period : undefined,
    description: description ?? (after.join(' ') || undefined),
    url,
  });
}

/** Volunteering reads as a role does: role, organisation, dates, then the cause and a description. */
export function volunteeringFromLines(lines: string[], description?: string): Volunteering | undefined {
  const role = roleFromLines(lines, undefined, description);
  const entry = prune({ role: role.title, organization: role.company, cause: role.location, period: periodOf(role.dates), description: role.description });
  return entry.role || entry.organization ? entry : undefined;
}

/** A language and, when shown, how well they speak it. */
export function languageFromLines(lines: string[]): SpokenLanguage | undefined {
  const [name, proficiency] = lines;
  return name ? prune({ name, proficiency }) : undefined;
}

/** The current role: the first ongoing one, preferring the employer the top card names. */
export function currentRole(experience: Experience[], company?: string): Role | undefined {
  const ongoing = experience.filter((role) => isOngoing(role.dates));
  const match = ongoing.find((role) => !company || role.company === company) ?? (company ? undefined : ongoing[0]);
  const role = prune({ title: match?.title, company: company ?? match?.company });
  return role.title || role.company ? role : undefined;
}

/** Drops absent keys, so a field that was not read is not there at all. */
export function prune<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
