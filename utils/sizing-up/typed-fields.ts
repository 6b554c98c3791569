import type { Profile, ProfileField } from '@/utils/linkedin/profile';

/** What the user can type in when the page did not show it. */
export interface TypedFields {
  name?: string;
  headline?: string;
  title?: string;
  company?: string;
  location?: string;
  /** "Greet them as": the name the draft greets them by, kept with the contact for its follow-ups. */
  greetAs?: string;
}

export type TypedField = keyof TypedFields;

/**
 * Which typed fields to offer: those the reader could not get from the page. The job title and
 * employer come from Experience: while LinkedIn is still loading it, they are waited for, not asked.
 */
export function fieldsToType(profile: Profile): TypedField[] {
  const missing = new Set<ProfileField>(profile.missing);
  const roleLoading = profile.loading?.some((field) => field === 'current' || field === 'experience');
  const fields: TypedField[] = [];
  if (missing.has('name') || !profile.name) fields.push('name');
  if (missing.has('headline') || !profile.headline) fields.push('headline');
  if (!profile.current?.title && !roleLoading) fields.push('title');
  if (!profile.current?.company && !roleLoading) fields.push('company');
  if (missing.has('location') || !profile.location) fields.push('location');
  return fields;
}

/**
 * The profile with what the user typed filled in; what the page showed is kept. The first
 * name comes from a typed name, so the greeting uses it.
 */
export function withTypedFields(profile: Profile, typed: TypedFields): Profile {
  const clean = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;
  const name = profile.name ?? clean(typed.name);
  const headline = profile.headline ?? clean(typed.headline);
  const location = profile.location ?? clean(typed.location);
  const title = profile.current?.title ?? clean(typed.title);
  const company = profile.current?.company ?? clean(typed.company);
  const firstName = profile.firstName ?? (name ? name.split(' ')[0] : undefined);
  // The name the user chose to greet them by; blank, the one saved with the contact (if any) or read from their name.
  const greetAs = clean(typed.greetAs) ?? profile.greetAs;
  const filled: Profile = { ...profile };
  if (name) filled.name = name;
  if (firstName) filled.firstName = firstName;
  if (headline) filled.headline = headline;
  if (greetAs) filled.greetAs = greetAs;
  if (location) filled.location = location;
  if (title || company) filled.current = { ...(title && { title }), ...(company && { company }) };
  const present: Partial<Record<ProfileField, unknown>> = { name, firstName, headline, location, current: filled.current };
  filled.missing = profile.missing.filter((field) => !(field in present) || !present[field]);
  return filled;
}
