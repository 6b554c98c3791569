import { detectLayout } from './detect-layout';
import { emberPayload } from './ember-payload';
import { readFields, type ProfileDraft } from './field-readers';
import { periodOf } from './page-dates';
import { profileFields, type Period, type Profile, type ProfileField, type ProfileLayout } from './profile';
import { profileUrl } from './profile-url';
import { loadingSections } from './loading-sections';
import { readConnection } from './read-connection';
import { emberReader } from './read-ember';
import { legacyReader } from './read-legacy';
import { notAProfile } from './not-a-profile';
import { publicReader } from './read-public';
import { sduiReader } from './read-sdui';
import { sduiPayload, type EmbeddedIdentity } from './sdui-payload';
import { withinLimits } from './within-limits';

function readLayout(layout: ProfileLayout, doc: Document, slug: string, now: number): ProfileDraft {
  switch (layout) {
    case 'sdui':
      return readFields(sduiReader, doc, slug, now);
    case 'ember':
      return readFields(emberReader, doc, slug, now);
    case 'public':
      return readFields(publicReader, doc, slug, now);
    case 'unknown':
      return readFields(legacyReader, doc, slug, now);
  }
}

const lists = new Set<ProfileField>(['experience', 'education', 'featured', 'activity', 'skills', 'projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages']);

/** Each role and school with the period its dates line shows, whatever the layout. */
function withPeriods<T extends { dates?: string; period?: Period }>(entries: T[] | undefined): T[] | undefined {
  return entries?.map((entry) => {
    const period = entry.period ?? periodOf(entry.dates);
    return period ? { ...entry, period } : entry;
  });
}

function embedded(doc: Document, slug: string, layout: ProfileLayout): EmbeddedIdentity | undefined {
  try {
    return layout === 'sdui' ? sduiPayload(doc, slug) : layout === 'ember' ? emberPayload(doc, slug) : undefined;
  } catch {
    return undefined;
  }
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function isRead(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value) return Object.keys(value).length > 0;
  return true;
}

/**
 * The unread fields whose section is still loading; the current role comes from Experience, so
 * it is loading too while Experience is and the top card did not name it.
 */
function stillLoading(document: Document, layout: ProfileLayout, unread: ProfileField[]): ProfileField[] {
  // Sections load after the top card: without their name, the page is not theirs yet (shows-profile.ts).
  if (unread.includes('name')) return [];
  const sections = safely(() => loadingSections(document, layout, unread)) ?? [];
  const loading = sections.filter((field) => unread.includes(field));
  if (loading.includes('experience') && unread.includes('current')) loading.push('current');
  return profileFields.filter((field) => loading.includes(field));
}

/**
 * Reads the LinkedIn profile a document shows, field by field, for the profile at `url`.
 * Never throws: a page it does not understand gives `layout: 'unknown'`, and every field it
 * could not read is absent (or an empty list) and named in `missing`, or in `loading` when its
 * section is on the page but LinkedIn has not filled it yet.
 * A non-profile `url` gives a Profile with an empty slug and everything missing; a profile
 * address whose page shows nobody (a sign-in wall, "not found") says so in `notProfile`.
 * `now` is when the page is read: a post shown as "3w" old is dated three weeks before it.
 */
export function readProfile(document: Document, url: string, now: number = Date.now()): Profile {
  const id = profileUrl(url);
  const slug = id.ok ? id.slug : '';
  let layout: ProfileLayout = 'unknown';
  let draft: ProfileDraft = {};
  if (id.ok) {
    try {
      layout = detectLayout(document);
      draft = readLayout(layout, document, slug, now);
    } catch {
      draft = {};
    }
  }
  const data = id.ok ? embedded(document, slug, layout) : undefined;
  const name = draft.name ?? (data?.firstName ? [data.firstName, data.lastName].filter(Boolean).join(' ') : undefined);
  const values: ProfileDraft = {
    ...draft,
    memberId: draft.memberId ?? data?.memberId,
    name,
    // The person's own first name when the page embeds it; else the first word of the name.
    firstName: data?.firstName ?? name?.split(' ')[0],
    headline: draft.headline ?? data?.headline,
    location: draft.location ?? data?.location,
    experience: withPeriods(draft.experience),
    education: withPeriods(draft.education),
  };
  // Built in the order the type lists its fields, so printed profiles read top to bottom.
  const profile = { url: id.ok ? id.url : url, slug } as Profile;
  const unread: ProfileField[] = [];
  for (const field of profileFields) {
    // Pronouns sit after the headline, as in the type; absent ones are not "missing".
    if (field === 'location' && values.pronouns) profile.pronouns = values.pronouns;
    const value = values[field];
    if (isRead(value)) Object.assign(profile, { [field]: value });
    else {
      unread.push(field);
      if (lists.has(field)) Object.assign(profile, { [field]: [] });
    }
  }
  // Nothing of anyone on a profile address: say what the page shows instead (issue 27).
  const instead = id.ok && unread.length === profileFields.length ? (safely(() => notAProfile(document)) ?? 'empty') : undefined;
  const connection = id.ok && !instead ? safely(() => readConnection(document, slug, layout)) : undefined;
  if (connection) profile.connection = connection;
  profile.layout = layout;
  if (instead) profile.notProfile = instead;
  // A section LinkedIn is still loading is not missing: the popup waits for it, and asks nobody to type it.
  const loading = id.ok && !instead ? stillLoading(document, layout, unread) : [];
  profile.missing = unread.filter((field) => !loading.includes(field));
  if (loading.length) profile.loading = loading;
  return withinLimits(profile);
}
