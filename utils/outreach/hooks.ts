import type { ItemKind, Profile } from '@/utils/linkedin/profile';
import type { Me } from './me';
import { clipWords, firstSentence, tidy } from './text';

export type HookKind =
  | 'featured'
  | 'recent-post'
  | 'role'
  | 'shared-company'
  | 'shared-school'
  | 'about'
  | 'headline'
  | 'custom';

/** Something specific of theirs the opening can cite (guide Step 3: "the personalized opening"). */
export interface Hook {
  id: string;
  /** The words to cite: a title, the start of a post, a role. */
  text: string;
  /** Where it came from, in plain words. */
  source: string;
  kind: HookKind;
  /** For featured items and posts: article, talk, post… */
  item?: ItemKind;
}

const sources = {
  featured: (item: ItemKind | undefined) => `Featured ${itemNames[item ?? 'other']}`,
  recent: (item: ItemKind | undefined) => `Recent ${item === 'article' ? 'article' : 'post'}`,
  role: 'Current role',
  sharedCompany: 'A company you both worked at',
  sharedSchool: 'A school you both attended',
  about: 'About section',
  headline: 'Headline',
  custom: 'Written by you',
};

export const itemNames: Record<ItemKind, string> = {
  article: 'article',
  talk: 'talk',
  post: 'post',
  project: 'project',
  media: 'item',
  link: 'link',
  other: 'item',
};

/** Quotes longer than this are cited by their first words. */
const quoteLength = 90;

/**
 * The hooks a profile offers, best first: what they made and chose to show (featured, then
 * recent posts), then their current work, then what we share, then their own summary.
 */
export function findHooks(profile: Profile, me: Me): Hook[] {
  const hooks: Hook[] = [];
  profile.featured.forEach((item, index) => {
    const text = clipWords(tidy(item.title), quoteLength);
    if (text) hooks.push({ id: `featured-${index}`, text, source: sources.featured(item.kind), kind: 'featured', item: item.kind ?? 'other' });
  });
  profile.activity.slice(0, 2).forEach((post, index) => {
    const text = clipWords(firstSentence(tidy(post.text)), quoteLength);
    if (text) hooks.push({ id: `post-${index}`, text, source: sources.recent(post.kind), kind: 'recent-post', item: post.kind ?? 'post' });
  });
  const role = roleText(profile.current?.title, profile.current?.company);
  if (role) hooks.push({ id: 'role', text: role, source: sources.role, kind: 'role' });

  const mine = (names: string[]) => new Set(names.map(normalizeName));
  const myCompanies = mine([...me.companies, ...companiesIn(me.intro)]);
  const sharedCompany = profile.experience
    .map((job) => tidy(job.company))
    .find((company) => company && myCompanies.has(normalizeName(company)));
  if (sharedCompany) hooks.push({ id: 'shared-company', text: sharedCompany, source: sources.sharedCompany, kind: 'shared-company' });
  const mySchools = mine(me.schools);
  const sharedSchool = profile.education
    .map((school) => tidy(school.school))
    .find((school) => school && mySchools.has(normalizeName(school)));
  if (sharedSchool) hooks.push({ id: 'shared-school', text: sharedSchool, source: sources.sharedSchool, kind: 'shared-school' });

  const about = clipWords(firstSentence(tidy(profile.about)), quoteLength);
  if (about) hooks.push({ id: 'about', text: about, source: sources.about, kind: 'about' });
  const headline = tidy(profile.headline);
  if (!role && headline) hooks.push({ id: 'headline', text: clipWords(headline, quoteLength), source: sources.headline, kind: 'headline' });
  return hooks;
}

/** A hook the user types in, e.g. "your keynote on sustainable supply chains at the Global Logistics Summit". */
export function customHook(text: string): Hook {
  const words = tidy(text);
  return { id: `custom-${hashOf(words)}`, text: words, source: sources.custom, kind: 'custom' };
}

function roleText(title: string | undefined, company: string | undefined): string {
  const [t, c] = [tidy(title), tidy(company)];
  return t && c ? `${t} at ${c}` : t || c;
}

/** "…at Northwind Logistics, focused on…" in my intro names a company I am part of. */
function companiesIn(intro: string): string[] {
  const match = /\bat\s+([^,.;]+)/i.exec(intro);
  return match?.[1] ? [match[1]] : [];
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(inc|ltd|llc|gmbh|plc|the|university of)\b\.?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function hashOf(text: string): string {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return (hash >>> 0).toString(36);
}
