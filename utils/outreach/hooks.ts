import type { Achievement, ItemKind, PageDate, Profile } from '@/utils/linkedin/profile';
import { isBigEmployer, isCitable, isOwnThinking, mainClauseOf, quotable, topicOf, unquoted, wordCount } from './citable';
import type { Me } from './me';
import { hasEnded, isRecent, monthsSince, yearOf } from './how-recent';
import { firstSentence, tidy } from './wording/text';
import { type DraftLanguage, profileLanguage, titleLanguage } from './their-language';
import { type Citation, type MadeNoun, english, mentionsOf } from './wording';
import type { HookFamily } from './wording/types';

export type HookKind =
  | 'featured'
  | 'post'
  | 'publication'
  | 'project'
  | 'honor'
  | 'role'
  | 'past-role'
  | 'volunteering'
  | 'shared-company'
  | 'shared-school'
  | 'about'
  | 'custom';

/** The parts of a profile a hook is found in. */
export type HookPlace =
  | 'featured'
  | 'recent-activity'
  | 'activity'
  | 'publication'
  | 'project'
  | 'honour'
  | 'earlier-role'
  | 'volunteering'
  | 'about'
  | 'current-role'
  | 'shared-company'
  | 'shared-school'
  | 'own';

/** Where a hook was found, and when as the page dates it ("2026-11", "2021", "2015–2021"). */
export interface HookFrom {
  place: HookPlace;
  when?: string;
}

export type { HookFamily };

/** Something specific of theirs the opening can cite (guide Step 3: "the personalized opening"). */
export interface Hook {
  id: string;
  /** What the picker shows and the contact keeps: a title, the start of a post, a role. */
  text: string;
  /** Where it came from, in plain English words, kept with the contact: "Featured talk · 2026". */
  source: string;
  /** Where it came from, without words: the picker names it in the interface's language. */
  from?: HookFrom;
  kind: HookKind;
  family: HookFamily;
  /**
   * How a draft names it, fullest first, each one true to the page: a whole title in quotation
   * marks, then its topic in a few words, then the kind of thing alone. Never a clipped quote.
   */
  mentions: string[];
  /** The plainest true name, a last resort for a short note: "your recent talk", "your current role". */
  plain?: string;
  /** What it is about in a few words, for a subject line: "sustainable supply chains". */
  topic?: string;
  /** True when the page dates it within the last three months. */
  recent?: boolean;
  /** What it is, without words, so that a draft in another language can name it (`mentionsOf`). */
  cite?: Citation;
}

const itemNames: Record<ItemKind, MadeNoun> = {
  article: 'article',
  talk: 'talk',
  post: 'post',
  project: 'project',
  media: 'piece',
  link: 'piece',
  other: 'piece',
};

/** Longest quote a draft puts in quotation marks. */
const quoteLength = 120;

/**
 * The hooks a profile offers, best first. Only what a mentor would recognise as theirs: their
 * posts, articles, talks, publications, projects, honours, roles, and what we share. Type labels,
 * pronouns, taglines and promotions are not hooks. Ranked by how close each is to what I want to
 * ask about (my goals, missing skills, persona), then by what kind of thing it is, then by recency.
 */
export function findHooks(profile: Profile, me: Me, now: number = Date.now()): Hook[] {
  const candidates: Array<Hook & { rank: number }> = [];
  const theirs = profileLanguage(profile);
  const myWords = wordsOf([me.askAbout, me.shortTermGoal, me.longTermGoal, me.skillsMissing, ...me.persona].join(' '));
  // `about` is what the hook is about, for matching my goals: a role's title, not its employer's name.
  const add = (hook: Hook, weight: number, date?: PageDate, about = `${hook.text} ${hook.topic ?? ''}`) => {
    const age = monthsSince(date, now);
    const recency = age === undefined ? 0 : age <= 3 ? 3 : age <= 12 ? 1.5 : age <= 36 ? 0 : -4;
    const overlap = Math.min(2, [...wordsOf(about)].filter((word) => myWords.has(word)).length);
    candidates.push({ ...hook, rank: overlap * 3 + weight + recency });
  };

  profile.featured.forEach((item, index) => {
    if (!isCitable(item.title)) return;
    const made = madeThing(item.title, item.kind ?? 'other', item.date, now, 'featured', theirs);
    if (made) add({ id: `featured-${index}`, kind: 'featured', ...made }, 6, item.date);
  });
  profile.activity.slice(0, 5).forEach((post, index) => {
    const opening = firstSentence(tidy(post.text));
    if (!isOwnThinking(opening)) return;
    const made = madeThing(opening, post.kind ?? 'post', post.date, now, 'post', theirs);
    if (made) add({ id: `post-${index}`, kind: 'post', ...made }, 5, post.date);
  });
  (profile.publications ?? []).forEach((item, index) => {
    const made = achievement(item, publicationNoun(item.by), 'Publication', theirs);
    if (made) add({ id: `publication-${index}`, kind: 'publication', ...made }, 6, item.date);
  });
  (profile.projects ?? []).forEach((item, index) => {
    const made = achievement(item, 'project', 'Project', theirs);
    if (made) add({ id: `project-${index}`, kind: 'project', ...made }, 5, item.date ?? item.period?.end ?? item.period?.start);
  });
  (profile.honors ?? []).forEach((item, index) => {
    if (!isCitable(item.title, 1)) return;
    const title = tidy(item.title).replace(/^(?:the|a|an)\s+/i, '');
    const by = tidy(item.by);
    const year = yearOf(item.date);
    const recent = (monthsSince(item.date, now) ?? 99) <= 12;
    add({ id: `honor-${index}`, kind: 'honor', family: 'honor', text: title, source: sourceWith('Honour', year), from: { place: 'honour', ...(year && { when: year }) }, ...named({ type: 'honor', title, ...(by && { by }) }), ...(recent && { recent }) }, 3, item.date);
  });

  const current = roleHook(profile);
  if (current) add(current, 2, undefined, tidy(profile.current?.title));
  const pastRoles = profile.experience.filter((role) => hasEnded(role.period) && tidy(role.title) && tidy(role.company));
  pastRoles.slice(0, 3).forEach((role, index) => {
    const title = tidy(role.title);
    const company = tidy(role.company);
    const years = yearsBetween(role.period?.start, role.period?.end);
    add(
      {
        id: `past-role-${index}`,
        kind: 'past-role',
        family: 'past',
        text: `${title} at ${company}`,
        source: sourceWith('Earlier role', rangeOf(role.period?.start, role.period?.end)),
        from: fromWhen('earlier-role', rangeOf(role.period?.start, role.period?.end)),
        ...named({ type: 'past-role', title, company, years: years >= 2 }),
      },
      0.5,
      role.period?.end,
      title,
    );
  });
  (profile.volunteering ?? []).slice(0, 2).forEach((item, index) => {
    const role = tidy(item.role);
    const organization = tidy(item.organization);
    if (!organization) return;
    const cite: Citation = { type: 'volunteering', organization, ...(role && { role }) };
    add({ id: `volunteering-${index}`, kind: 'volunteering', family: 'work', text: role ? `${role}, ${organization}` : organization, source: 'Volunteering', from: { place: 'volunteering' }, ...named(cite) }, 1.5);
  });

  const shared = sharedHooks(profile, me);
  shared.forEach((hook) => add(hook, 3.5));

  const about = firstSentence(tidy(profile.about));
  const aboutQuote = quotable(about, quoteLength);
  if (aboutQuote && isCitable(aboutQuote, 6)) {
    add({ id: 'about', kind: 'about', family: 'made', text: aboutQuote, source: 'About section', from: { place: 'about' }, ...named({ type: 'about', quote: aboutQuote }) }, 0);
  }

  const seen = new Set<string>();
  return candidates
    .map((hook, order) => ({ hook, order }))
    .sort((a, b) => b.hook.rank - a.hook.rank || a.order - b.order)
    .map(({ hook: { rank: _rank, ...hook } }) => hook)
    .filter((hook) => {
      const key = hook.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A hook the user types in, e.g. "your keynote on sustainable supply chains at the Global Logistics Summit". */
export function customHook(text: string): Hook {
  const words = tidy(text);
  return { id: `custom-${hashOf(words)}`, text: words, source: 'Written by you', from: { place: 'own' }, kind: 'custom', family: 'custom', mentions: [words] };
}

/** How a post, article or talk of theirs is named: its words in quotation marks, its topic, or its kind. */
function madeThing(
  title: string,
  item: ItemKind,
  date: PageDate | undefined,
  now: number,
  where: 'featured' | 'post',
  theirs: DraftLanguage | undefined,
): Omit<Hook, 'id' | 'kind'> | undefined {
  const text = unquoted(tidy(title).replace(/\s*[.…]+$/u, ''));
  const recent = isRecent(date, now);
  const noun: MadeNoun = /\b(?:episode|podcast)\b/i.test(text) ? 'episode' : where === 'post' && item !== 'article' ? 'post' : itemNames[item];
  // A title without its subtitle is still its title: "From engineer to product lead".
  const clause = where === 'post' ? leadingClause(text) : shortTitle(text);
  // "My talk at SaaStr: Growth loops…" is labelled by its author: its title is what follows.
  const labelled = !!clause && new RegExp(`^(?:my|our)\\s+${noun}\\b`, 'i').test(text);
  const quote = labelled ? undefined : quotable(text, quoteLength);
  const topic = topicOf(text);
  const quotes = [...(quote ? [quote] : []), ...(clause && clause !== quote ? [clause] : [])];
  if (quotes.length === 0 && !topic) return undefined;
  // "your episode "Episode 41: Pricing…"" says it twice: such a title is named by its topic first.
  const topicFirst = new RegExp(`^${noun}\\b`, 'i').test(text);
  const kindName = noun === 'piece' ? 'item' : noun;
  const label = where === 'featured' ? `Featured ${kindName}` : `${recent ? 'Recent' : 'Their'} ${kindName}`;
  return {
    text,
    source: sourceWith(label, date ? shortDate(date) : undefined),
    from: fromWhen(where === 'featured' ? 'featured' : recent ? 'recent-activity' : 'activity', date),
    family: 'made',
    ...named({ type: 'made', noun, recent, quotes, ...(topic && { topic, writtenTopic: topicOf(text, 45, true) ?? topic }), topicFirst, ...languageOfTitle(text, theirs) }),
    ...(topic && { topic }),
    ...(recent && { recent }),
  };
}

function achievement(item: Achievement, noun: MadeNoun, label: string, theirs: DraftLanguage | undefined): Omit<Hook, 'id' | 'kind'> | undefined {
  if (!isCitable(item.title)) return undefined;
  const title = unquoted(tidy(item.title));
  const by = tidy(item.by);
  const quote = quotable(title, quoteLength);
  const topic = topicOf(title);
  const venue = by && noun !== 'project' ? by : undefined;
  if (!quote && !topic) return undefined;
  const year = yearOf(item.date ?? item.period?.end ?? item.period?.start);
  const cite: Citation = { type: 'made', noun, recent: false, quotes: quote ? [quote] : [], ...(topic && { topic, writtenTopic: topicOf(title, 45, true) ?? topic }), ...(venue && { venue }), topicFirst: false, ...languageOfTitle(title, theirs) };
  return { text: title, source: sourceWith(label, year), from: fromWhen(noun === 'project' ? 'project' : 'publication', year), family: 'made', ...named(cite), ...(topic && { topic }) };
}

function languageOfTitle(title: string, theirs: DraftLanguage | undefined): { language?: DraftLanguage } {
  const language = titleLanguage(title, theirs);
  return language ? { language } : {};
}

function publicationNoun(by: string | undefined): MadeNoun {
  if (/\b(?:press|books?|publishing|publishers?|o'reilly|wiley|manning|penguin|springer nature)\b/i.test(by ?? '')) return 'book';
  if (/\b(?:journal|proceedings|conference|ieee|acm|arxiv|symposium|workshop|review|transactions|lancet|nature|science)\b/i.test(by ?? '')) return 'paper';
  return 'article';
}

/**
 * Their role as their headline states it, when the page showed no current role: "Staff Product
 * Designer at Atlassian · Design systems" → that title at Atlassian. Only a plain "Title at
 * Company" (or "@ Company") in the headline's first part; a sentence ("Helping founders at …") is not one.
 */
function roleInHeadline(headline: string | undefined): { title?: string; company?: string } {
  const [first = ''] = tidy(headline).split(/\s[|·•]\s/u);
  const match = /^(\p{Lu}[^@]{1,58}?)\s+(?:at|@)\s+(\p{Lu}[^@]{1,48})$/u.exec(first.replace(/\s*\([^)]*\)\s*$/u, '').trim());
  if (!match || /^\p{L}+ing\b/iu.test(match[1]!) || match[2]!.split(' ').length > 5 || /\s(?:at|@)\s/u.test(match[2]!)) return {};
  return { title: match[1]!.trim(), company: match[2]!.trim() };
}

function roleHook(profile: Profile): Hook | undefined {
  const role = profile.current?.title || profile.current?.company ? profile.current! : roleInHeadline(profile.headline);
  const title = tidy(role.title);
  const company = tidy(role.company);
  // A bare title or a bare employer is not specific enough to open with; nor is "your work at Google".
  if (!title || !company) return undefined;
  const byCompany = company.length <= 40 && !isBigEmployer(company);
  return {
    id: 'role',
    kind: 'role',
    family: 'work',
    text: `${title} at ${company}`,
    source: 'Current role',
    from: { place: 'current-role' },
    ...named({ type: 'role', title, company, byCompany, byTitle: title.length <= 40 }),
  };
}

function sharedHooks(profile: Profile, me: Me): Hook[] {
  const hooks: Hook[] = [];
  const mine = (names: string[]) => new Set(names.map(normalizeName).filter(Boolean));
  const myCompanies = mine([...me.companies, ...companiesIn(me.intro)]);
  const company = profile.experience.map((job) => tidy(job.company)).find((name) => name && myCompanies.has(normalizeName(name)));
  if (company) {
    hooks.push({ id: 'shared-company', kind: 'shared-company', family: 'shared-company', text: company, source: 'A company you both worked at', from: { place: 'shared-company' }, ...named({ type: 'shared-company', name: company }) });
  }
  const mySchools = mine(me.schools);
  const school = profile.education.map((entry) => tidy(entry.school)).find((name) => name && mySchools.has(normalizeName(name)));
  if (school) {
    hooks.push({ id: 'shared-school', kind: 'shared-school', family: 'shared-school', text: school, source: 'A school you both attended', from: { place: 'shared-school' }, ...named({ type: 'shared-school', name: school }) });
  }
  return hooks;
}

/** A hook's English names, and what it is, for the other languages. */
function named(cite: Citation): Pick<Hook, 'mentions' | 'plain' | 'cite'> {
  const { mentions, plain } = mentionsOf(cite, english.cite, 'en');
  return { mentions, ...(plain && { plain }), cite };
}

function shortTitle(title: string): string | undefined {
  const main = mainClauseOf(title);
  return main !== title && wordCount(main) >= 2 && main.length <= 60 ? main : undefined;
}

/** The first clause of a post when its first sentence is too long to quote: "Presenting a model to a board is a translation job". */
function leadingClause(text: string): string | undefined {
  const [clause = ''] = text.split(/\s*(?:[,;:]|\s[–—-])\s/u);
  return clause !== text && wordCount(clause) >= 4 && clause.length <= 70 ? clause : undefined;
}

function fromWhen(place: HookPlace, when: string | undefined): HookFrom {
  return when ? { place, when } : { place };
}

function sourceWith(label: string, when: string | undefined): string {
  return when ? `${label} · ${when}` : label;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(date: PageDate): string {
  const [year, month] = date.split('-');
  return month ? `${monthNames[Number(month) - 1] ?? ''} ${year}`.trim() : (year ?? date);
}

function rangeOf(start: PageDate | undefined, end: PageDate | undefined): string | undefined {
  const [from, to] = [yearOf(start), yearOf(end)];
  return from && to ? (from === to ? from : `${from}–${to}`) : (to ?? from);
}

function yearsBetween(start: PageDate | undefined, end: PageDate | undefined): number {
  const [from, to] = [Number(yearOf(start)), Number(yearOf(end))];
  return Number.isFinite(from) && Number.isFinite(to) ? to - from : 0;
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

const stopWords = new Set(
  'the and for with from your you our their about into this that what when how why are was were have has had of in on at to by a an as is it my me we i get better more most make move work working role new first how'.split(' '),
);

/** Content words, for matching a hook against what I want to ask about. */
function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(words.filter((word) => !stopWords.has(word)).map((word) => word.replace(/(?:ing|s)$/, '')));
}

export function hashOf(text: string): string {
  return hashNumber(text).toString(36);
}

/** A well-mixed number from a text (31-multiply, then MurmurHash3's finaliser), so that near texts pick unrelated phrasings. */
export function hashNumber(text: string): number {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
