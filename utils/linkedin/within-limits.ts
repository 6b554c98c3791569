import type { Achievement, Activity, Featured, Profile } from './profile';
import { profileLimits as limits } from './profile-limits';

/** Text cut to `max` characters, ending in "…" when cut, never inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

function cutFields<T extends object>(record: T, max: number): T {
  const out = { ...record };
  for (const [key, value] of Object.entries(out)) if (typeof value === 'string') Object.assign(out, { [key]: cut(value, max) });
  return out;
}

/** An entry's lines cut to a line's length and its description to a long text's. */
function cutEntry<T extends { description?: string }>({ description, ...rest }: T): T {
  return { ...cutFields(rest, limits.line), ...(description !== undefined && { description: cut(description, limits.long) }) } as T;
}

/** A section the reader added later, absent on profiles saved before it: kept absent. */
function cutSection<T>(entries: T[] | undefined, max: number, each: (entry: T) => T): T[] | undefined {
  return entries?.slice(0, max).map(each);
}

/** A link too long to store is dropped (the item stays, as text); a cut address would lead elsewhere. */
function withLink<T extends Featured | Activity | Achievement>(item: T): T {
  if (item.url === undefined || item.url.length <= limits.link) return item;
  const { url: _tooLong, ...rest } = item;
  return rest as T;
}

/**
 * The profile with every text and list within what the worker stores, so a page with a
 * 5,000-character headline (a hostile or broken page; trust tests, 2026) can still be saved.
 * Fields that are absent stay absent.
 */
export function withinLimits(profile: Profile): Profile {
  const { line, long } = limits;
  const out: Profile = {
    ...profile,
    experience: profile.experience.slice(0, limits.experience).map(cutEntry),
    education: profile.education.slice(0, limits.education).map((entry) => cutFields(entry, line)),
    featured: profile.featured.slice(0, limits.featured).map((item) => withLink({ ...item, title: cut(item.title, long) })),
    activity: profile.activity.slice(0, limits.activity).map((item) => withLink({ ...item, text: cut(item.text, long) })),
    skills: profile.skills.slice(0, limits.skills).map((skill) => cut(skill, line)),
  };
  // The link is kept whole or dropped, never cut like the text around it.
  const achievement = ({ url, ...item }: Achievement) => withLink({ ...cutEntry(item), ...(url !== undefined && { url }) });
  for (const key of ['projects', 'publications', 'honors', 'certifications'] as const) {
    const entries = cutSection(profile[key], limits.achievements, achievement);
    if (entries) out[key] = entries;
  }
  const volunteering = cutSection(profile.volunteering, limits.achievements, cutEntry);
  if (volunteering) out.volunteering = volunteering;
  const languages = cutSection(profile.languages, limits.languages, (entry) => cutFields(entry, line));
  if (languages) out.languages = languages;
  for (const key of ['name', 'firstName', 'headline', 'pronouns', 'location'] as const) {
    const value = profile[key];
    if (value !== undefined) out[key] = cut(value, line);
  }
  if (profile.about !== undefined) out.about = cut(profile.about, long);
  if (profile.current) out.current = cutFields(profile.current, line);
  return out;
}
