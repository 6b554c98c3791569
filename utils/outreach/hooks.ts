import type { Achievement, Experience, ItemKind, PageDate, Profile, Role } from '@/utils/linkedin/profile';
import { isBigEmployer, isCitable, isOwnThinking, mainClauseOf, quotable, topicOf, unquoted, withoutLabel, wordCount } from './citable';
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

/** Hooks that are something they did or made, not where they work: on my question, these come first. */
const thingsDone = new Set<HookKind>(['featured', 'post', 'publication', 'project', 'honor', 'volunteering']);

/**
 * The hooks a profile offers, best first. Only what a mentor would recognise as theirs: their
 * posts, articles, talks, publications, projects, honours, roles, and what we share. Type labels,
 * pronouns, taglines, promotions, news and reposts are not hooks. What speaks to my question
 * (what I ask about, my goals, the skill I miss; my mentor persona counts half) comes first, and
 * a post, talk, project or volunteering on it before a role or an employer; the closer before the
 * more recent, up to three years: older, it ranks by its kind and age alone. Then by what kind of
 * thing it is, and how recent.
 */
export function findHooks(profile: Profile, me: Me, now: number = Date.now()): Hook[] {
  const candidates: Array<Hook & { rank: number }> = [];
  const theirs = profileLanguage(profile);
  const question = closenessTo([me.askAbout, me.shortTermGoal, me.longTermGoal, me.skillsMissing]);
  const persona = closenessTo(me.persona);
  // `about` is what the hook is about, for matching my question: a role's title, not its employer's name.
  const add = (hook: Hook, weight: number, date?: PageDate, about = `${hook.text} ${hook.topic ?? ''}`) => {
    const age = monthsSince(date, now);
    const stale = age !== undefined && age > 36;
    const recency = age === undefined ? 0 : age <= 3 ? 3 : age <= 12 ? 1.5 : !stale ? 0 : -4;
    // Their About section describes the whole person, not one thing: it is never "on" my question.
    // Nor is what they said over three years ago: beyond that, it ranks by its kind and age alone.
    const close = hook.kind === 'about' || stale ? 0 : Math.min(3, question(about) + persona(about) / 2);
    // A title that shares a word with my question ("Data Scientist") says less than a post on it.
    const onMyQuestion = thingsDone.has(hook.kind) ? close * 10 + (close > 0 ? 15 : 0) : close * 3;
    candidates.push({ ...hook, rank: onMyQuestion + weight + recency });
  };

  profile.featured.forEach((item, index) => {
    if (!isCitable(item.title)) return;
    const made = madeThing(item.title, item.kind ?? 'other', item.date, now, 'featured', theirs);
    if (made) add({ id: `featured-${index}`, kind: 'featured', ...made }, 6, item.date);
  });
  // Only their own words: a repost or a comment holds someone else's thinking.
  profile.activity.slice(0, 5).forEach((post, index) => {
    if (post.origin && post.origin !== 'own') return;
    const opening = firstSentence(tidy(post.text));
    if (!isOwnThinking(opening)) return;
    const made = madeThing(opening, post.kind ?? 'post', post.date, now, 'post', theirs);
    if (made) add({ id: `post-${index}`, kind: 'post', ...made }, 5, post.date);
  });
  (profile.publications ?? []).forEach((item, index) => {
    const made = achievement(item, publicationNoun(item.by), 'Publication', theirs);
    if (made) add({ id: `publication-${index}`, kind: 'publication', ...made }, 6, item.date, `${made.text} ${tidy(item.description)}`);
  });
  (profile.projects ?? []).forEach((item, index) => {
    const made = achievement(item, 'project', 'Project', theirs);
    if (made) add({ id: `project-${index}`, kind: 'project', ...made }, 5, item.date ?? item.period?.end ?? item.period?.start, `${made.text} ${tidy(item.description)}`);
  });
  (profile.honors ?? []).forEach((item, index) => {
    if (!isCitable(item.title, 1)) return;
    const title = tidy(item.title).replace(/^(?:the|a|an)\s+/i, '');
    const by = tidy(item.by);
    const year = yearOf(item.date);
    const recent = (monthsSince(item.date, now) ?? 99) <= 12;
    add({ id: `honor-${index}`, kind: 'honor', family: 'honor', text: title, source: sourceWith('Honour', year), from: { place: 'honour', ...(year && { when: year }) }, ...named({ type: 'honor', title, ...(by && { by }) }), ...(recent && { recent }) }, 3, item.date);
  });

  const role = currentRoleOf(profile);
  const current = roleHook(role);
  if (current) add(current, 2, undefined, tidy(role.title));
  const pastRoles = profile.experience.filter((role) => hasEnded(role.period) && tidy(role.title) && tidy(role.company));
  pastRoles.slice(0, 3).forEach((role, index) => {
    const title = tidy(role.title);
    const company = tidy(role.company);
    const years = yearsBetween(role.period?.start, role.period?.end);
    // "Your years at Quizlark" to someone who still works there is untrue: the earlier title is named with it.
    const stillThere = worksAt(profile, company);
    add(
      {
        id: `past-role-${index}`,
        kind: 'past-role',
        family: 'past',
        text: `${title} at ${company}`,
        source: sourceWith('Earlier role', rangeOf(role.period?.start, role.period?.end)),
        from: fromWhen('earlier-role', rangeOf(role.period?.start, role.period?.end)),
        ...named({ type: 'past-role', title, company, years: years >= 2, ...(stillThere && { stillThere }) }),
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
    const about = [role, organization, item.cause, item.description].map(tidy).join(' ');
    add({ id: `volunteering-${index}`, kind: 'volunteering', family: 'work', text: role ? `${role}, ${organization}` : organization, source: 'Volunteering', from: { place: 'volunteering' }, ...named(cite) }, 1.5, item.period?.end, about);
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
/**
 * The event, when a talk's title names only where it was given ("AWS Summit Dublin", "PyCon KR
 * 2026", "GDC 2020 talk"): at most five words, each a name, an acronym or a year, one of them an
 * event's word or a year. Such a title is not what the talk was about, so it is never quoted as that.
 */
function eventOnly(title: string): string | undefined {
  const place = title.replace(/\s+(?:talk|keynote|session|presentation|panel|lecture)$/i, '').trim();
  const words = place.split(/\s+/);
  if (words.length > 5 || !words.every((word) => /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{N}{2,4}|of|on|the|de|&)$/u.test(word))) return undefined;
  return /\b(?:summit|conference|conf|congress|forum|expo|meetup|days?|week|festival|symposium|world|live|con|camp|fest|(?:19|20)\d{2})\b/i.test(place) ? place : undefined;
}

function madeThing(
  title: string,
  item: ItemKind,
  date: PageDate | undefined,
  now: number,
  where: 'featured' | 'post',
  theirs: DraftLanguage | undefined,
): Omit<Hook, 'id' | 'kind'> | undefined {
  const written = unquoted(tidy(title).replace(/\s*[.…]+$/u, ''));
  // "Keynote at Money20/20: Open banking for the unbanked" is the talk "Open banking for the unbanked".
  const { title: text, noun: labelNoun } = withoutLabel(written);
  const recent = isRecent(date, now);
  const noun: MadeNoun =
    where === 'post' ? (item === 'article' ? 'article' : 'post') : labelNoun && item !== 'article' ? labelNoun : /\b(?:episode|podcast)\b/i.test(written) ? 'episode' : itemNames[item];
  // A title without its subtitle is still its title: "From engineer to product lead".
  const clause = where === 'post' ? leadingClause(text) : shortTitle(text);
  const quote = quotable(text, quoteLength);
  // A post opens with a sentence: its topic is a whole phrase of it, never its first words up to a "to".
  const topic = topicOf(text, 45, false, where === 'post');
  const quotes = [...(quote ? [quote] : []), ...(clause && clause !== quote ? [clause] : [])];
  if (quotes.length === 0 && !topic) return undefined;
  // "AWS Summit Dublin", "GDC 2020 talk": a title that only says where the talk was given.
  const event = noun === 'talk' ? eventOnly(text) : undefined;
  if (event) {
    const label = where === 'featured' ? 'Featured talk' : `${recent ? 'Recent' : 'Their'} talk`;
    return { text, source: sourceWith(label, date ? shortDate(date) : undefined), from: fromWhen(where === 'featured' ? 'featured' : recent ? 'recent-activity' : 'activity', date), family: 'made', ...named({ type: 'made', noun, recent, quotes, at: event, topicFirst: false }), ...(recent && { recent }) };
  }
  // "your episode "Episode 41: Pricing…"" says it twice: such a title is named by its topic first.
  const topicFirst = new RegExp(`^${noun}\\b`, 'i').test(text);
  const kindName = noun === 'piece' ? 'item' : noun;
  const label = where === 'featured' ? `Featured ${kindName}` : `${recent ? 'Recent' : 'Their'} ${kindName}`;
  return {
    text,
    source: sourceWith(label, date ? shortDate(date) : undefined),
    from: fromWhen(where === 'featured' ? 'featured' : recent ? 'recent-activity' : 'activity', date),
    family: 'made',
    ...named({ type: 'made', noun, recent, quotes, ...(topic && { topic, writtenTopic: topicOf(text, 45, true, where === 'post') ?? topic }), topicFirst, ...languageOfTitle(text, theirs) }),
    ...(topic && { topic }),
    ...(recent && { recent }),
  };
}

function achievement(item: Achievement, noun: MadeNoun, label: string, theirs: DraftLanguage | undefined): Omit<Hook, 'id' | 'kind'> | undefined {
  if (!isCitable(item.title)) return undefined;
  const title = withoutLabel(unquoted(tidy(item.title))).title;
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
  // "Former CEO at Gold Harbor Foods" says the role ended: it is not their work now.
  if (/^(?:former|formerly|ex-?|retired|previously|past|ehemalige[rs]?|antigu[oa]|ancien(?:ne)?|ex)(?![\p{L}])/iu.test(match[1]!)) return {};
  return { title: match[1]!.trim(), company: match[2]!.trim() };
}

/**
 * Their role now: the page's current role, else the one their headline states, unless their
 * experience shows that role ended (a headline never updated since 2020); then the role their
 * experience marks as ongoing, if any. A role with an end date is never current.
 */
export function currentRoleOf(profile: Profile): Role {
  const stated = profile.current?.title || profile.current?.company ? profile.current! : roleInHeadline(profile.headline);
  const same = (entry: Experience) => sameName(entry.company, stated.company) && (!tidy(entry.title) || !tidy(stated.title) || sameName(entry.title, stated.title));
  const ended = profile.experience.some((entry) => hasEnded(entry.period) && same(entry));
  if (!ended || profile.experience.some((entry) => !hasEnded(entry.period) && same(entry))) return stated;
  const ongoing = profile.experience.find((entry) => entry.period?.ongoing && tidy(entry.title) && tidy(entry.company));
  return ongoing ? { title: tidy(ongoing.title), company: tidy(ongoing.company) } : {};
}

/** True when they still work at this company: a role there that has not ended, or their current role. */
function worksAt(profile: Profile, company: string): boolean {
  return sameName(currentRoleOf(profile).company, company) || profile.experience.some((entry) => entry.period?.ongoing && sameName(entry.company, company));
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  const [left, right] = [normalizeName(tidy(a)), normalizeName(tidy(b))];
  return left !== '' && left === right;
}

function roleHook(role: Role): Hook | undefined {
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

// Words any question or post may hold, which say nothing of what it is about.
const stopWords = new Set(
  'the and for with from your you our their about into this that what when how why are was were have has had of in on at to by a an as is it my me we i get getting better more most make move moving work working role roles new first next how career start starting want need learn learning lesson lessons year years team teams people job jobs thing things good great tip tips advice question questions become becoming grow growing help helping way ways day days time manager management manage managing senior junior head director chief principal staff officer vice president'.split(' '),
);

/** Stems that speak to the same question: teaching and coaching are mentoring ("codebar coach" to "mentoring juniors"). */
const sameQuestion: Array<[RegExp, string]> = [[/^(?:teach|taught|coach|tutor|instruct|train|mentor|mente)/, 'mentor']];

/** Content words as stems, for matching a hook against what I want to ask about. */
function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const stems = words.filter((word) => !stopWords.has(word)).map((word) => word.replace(/(?:ings?|ers?|ed|es|s|e)$/u, ''));
  return new Set(stems.filter((stem) => stem.length >= 3).map((stem) => sameQuestion.find(([pattern]) => pattern.test(stem))?.[1] ?? stem));
}

/** "financ" and "financial", "manag" and "management": one stem begins the other, or both share six letters. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (short.length >= 4 && long.startsWith(short)) || (short.length >= 6 && long.startsWith(short.slice(0, 6)));
}

/** How many of these words (up to 3) a hook's words speak to: "financial" speaks to "finance", "coach" to "mentoring". */
function closenessTo(texts: string[]): (about: string) => number {
  const mine = [...wordsOf(texts.join(' '))];
  return (about) => {
    const words = [...wordsOf(about)];
    return Math.min(3, mine.filter((word) => words.some((theirs) => sameStem(word, theirs))).length);
  };
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
