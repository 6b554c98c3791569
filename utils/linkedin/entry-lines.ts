import type { Education, Experience, Role } from './profile';

const year = /\b(?:19|20)\d{2}\b/g;

/** A dates line is the one with a year in it, in any language ("sty 2021 – obecnie"). */
export function hasYear(line: string): boolean {
  return (line.match(year) ?? []).length > 0;
}

/** An ongoing role shows one year ("2021 – Present", "2021 – obecnie · 5 lat"), a past one two. */
export function isOngoing(dates: string | undefined): boolean {
  return !!dates && (dates.match(year) ?? []).length === 1;
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
