import type { Profile } from '@/utils/linkedin/profile';
import { type Account, type Channel, type Limit, channelHasSubject, lengthOf, limitFor } from './channels';
import { type Finding, check } from './check';
import { type Hook, findHooks, itemNames } from './hooks';
import type { Me } from './me';
import { asInfinitive, capitalize, clipWords, firstNameOf, lowerFirst, mainClause, tidy, withArticle } from './text';
import { asks, cites, closes, greetings, introductions, openings, subjects } from './wording';

export interface DraftChoices {
  channel: Channel;
  /** The thing of theirs to cite; the best hook found when not chosen. */
  hook?: Hook;
  askMinutes?: 15 | 20;
  tone?: 'warm' | 'concise';
  /** "Another wording": picks among a few phrasings of each part; the same number gives the same draft. */
  wording?: number;
}

/** The guide's five parts, each editable on its own. The greeting opens `opening`; the sign-off ends `close`. */
export interface DraftParts {
  subject?: string;
  opening: string;
  introduction: string;
  ask: string;
  close: string;
}

export interface Draft {
  channel: Channel;
  subject?: string;
  body: string;
  parts: DraftParts;
  length: number;
  limit: Limit;
  findings: Finding[];
}

type Piece = 'greeting' | 'opening' | 'introduction' | 'ask' | 'close' | 'signOff';
type Forms = Record<Piece, string[]>;

/**
 * What to shorten, in order, when a draft is over its channel's limit: what matters least
 * goes first (the fuller close and introduction); the hook is only shortened after the rest,
 * and the ask keeps its time box and its purpose.
 */
const shortenings: Piece[] = [
  'close',
  'introduction',
  'ask',
  'introduction',
  'ask',
  'close',
  'introduction',
  'introduction',
  ...repeat<Piece>('opening', 3),
  'greeting',
  ...repeat<Piece>('opening', 16),
  'signOff',
  'close',
];

function repeat<T>(item: T, times: number): T[] {
  return Array.from({ length: times }, () => item);
}

/** Once it fits, what to give back if there is room again, most important first. */
const restorings: Piece[] = ['opening', 'greeting', 'ask', 'introduction', 'close', 'signOff'];

/** Drafts a first message in the guide's five parts, fitted to the channel's limit. */
export function compose(profile: Profile, me: Me, choices: DraftChoices): Draft {
  const { channel } = choices;
  const limit = limitFor(channel, me.account);
  const hook = choices.hook ?? findHooks(profile, me)[0];
  const wording = Math.max(0, Math.floor(choices.wording ?? 0));
  const concise = choices.tone === 'concise';
  const note = channel === 'connection-note';
  const firstName = firstNameOf(profile.name, profile.firstName);
  const forms: Forms = {
    greeting: firstName
      ? [note || concise ? greetings.informal(firstName) : greetings.formal(firstName), greetings.neutral]
      : [greetings.neutral],
    opening: openingForms(hook, profile, wording),
    introduction: introductionForms(profile, me, hook, wording),
    ask: askForms(me, choices.askMinutes ?? me.askMinutes, wording),
    close: [pick(closes.full, wording), closes.short, closes.minimal, ''], // from leanCloseLevel on, see partsFrom
    signOff: signOffForms(me, note),
  };
  const start: Record<Piece, number> = {
    greeting: 0,
    opening: 0,
    introduction: concise ? 1 : 0,
    ask: concise ? 1 : 0,
    close: concise ? 1 : 0,
    signOff: 0,
  };
  const levels = { ...start };
  const partsAt = (): DraftParts => partsFrom(forms, levels, channel);
  const fits = () => lengthOf(assemble(partsAt(), channel, me.account).body) <= limit.body;
  for (const planned of shortenings) {
    if (fits()) break;
    // Citing their work in general words is the last resort: the closing words go before it.
    const piece = planned === 'opening' && levels.opening === forms.opening.length - 2 && levels.close < forms.close.length - 1 ? 'close' : planned;
    levels[piece] = Math.min(levels[piece] + 1, forms[piece].length - 1);
  }
  // Forms are not strictly shorter one after the other, so look for the fullest that fits.
  for (const piece of restorings) {
    const reached = levels[piece];
    for (let level = start[piece]; level < reached; level += 1) {
      levels[piece] = level;
      if (fits()) break;
      levels[piece] = reached;
    }
  }

  const subjectLimit = limit.subject;
  const subject = channelHasSubject(channel)
    ? subjectForms(hook, profile, wording).find((line) => subjectLimit === undefined || lengthOf(line) <= subjectLimit)
    : undefined;
  const parts: DraftParts = { ...(subject && { subject }), ...partsAt() };
  const message = assemble(parts, channel, me.account);
  return {
    channel,
    ...(message.subject && { subject: message.subject }),
    body: message.body,
    parts,
    length: lengthOf(message.body),
    limit,
    findings: check(message.body, channel, {
      account: me.account,
      ...(message.subject !== undefined && { subject: message.subject }),
      ...(hook && { hook }),
      profile,
    }),
  };
}

/**
 * The message as it will be sent, from its parts (also after the user edited one). A note is
 * one paragraph; a letter puts each part in its own paragraph.
 */
export function assemble(parts: DraftParts, channel: Channel, _account: Account): { subject?: string; body: string } {
  const body = [parts.opening, parts.introduction, parts.ask, parts.close]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(separatorFor(channel));
  const subject = parts.subject?.trim();
  return channelHasSubject(channel) && subject ? { subject, body } : { body };
}

function separatorFor(channel: Channel): string {
  return channel === 'connection-note' ? ' ' : '\n\n';
}

const leanCloseLevel = 2;

function partsFrom(forms: Forms, levels: Record<Piece, number>, channel: Channel): DraftParts {
  const at = (piece: Piece) => forms[piece][levels[piece]] ?? '';
  const separator = separatorFor(channel);
  const sentence = at('opening');
  // A note keeps the greeting on the line it opens: "Hi Ana, your talk…".
  const opening = `${at('greeting')}${separator}${channel === 'connection-note' ? lowerFirst(sentence) : sentence}`;
  // The leanest closes leave the easy yes to the leanest ask ("at a time that suits you").
  const askIsLeanest = levels.ask >= forms.ask.length - 1;
  const closing = levels.close >= leanCloseLevel && !askIsLeanest ? closes.short : at('close');
  const close = [closing, at('signOff')].filter(Boolean).join(separator);
  return { opening, introduction: at('introduction'), ask: at('ask'), close };
}

function pick<T>(list: readonly T[], wording: number): T {
  return list[wording % list.length] as T;
}

function distinct(forms: string[]): string[] {
  return [...new Set(forms.filter((form) => form !== undefined))];
}

/** A quote, then its main clause, then fewer and fewer of its first words. */
function quoteForms(text: string): string[] {
  // A quote ends the sentence it sits in: 'job."' not 'job.".'
  const quote = text.replace(/(?<=\p{L}|\p{N})\.$/u, '');
  const main = mainClause(quote);
  return distinct([quote, main, clipWords(main, 60), clipWords(main, 40), clipWords(main, 25)]);
}

function roleOf(profile: Profile): { title: string; company: string } {
  return { title: tidy(profile.current?.title), company: tidy(profile.current?.company) };
}

function citeForms(hook: Hook, profile: Profile): string[] {
  const item = itemNames[hook.item ?? 'other'];
  const quotes = quoteForms(hook.text);
  switch (hook.kind) {
    case 'featured':
      return [
        ...quotes.map((quote) => (['article', 'talk', 'post', 'project'].includes(item) ? cites.item(item, quote) : cites.featuredItem(quote))),
        cites.featuredGeneric(item),
      ];
    case 'recent-post':
      return [...quotes.map((quote) => cites.recent(item, quote)), cites.recentGeneric(item)];
    case 'role': {
      const { title, company } = roleOf(profile);
      if (!title && company) return [cites.roleAt(company), cites.roleAt(clipWords(company, 30)), cites.roleGeneric];
      if (!company) return [cites.roleAs(hook.text), cites.roleAs(clipWords(hook.text, 30)), cites.roleGeneric];
      return [
        cites.roleFull(title, company),
        cites.roleAt(company),
        cites.roleAs(title),
        cites.roleAt(clipWords(company, 30)),
        cites.roleAs(clipWords(title, 30)),
        cites.roleGeneric,
      ];
    }
    case 'shared-company':
      return [cites.sharedCompany(hook.text), cites.roleAt(hook.text), cites.roleAt(clipWords(hook.text, 30)), cites.sharedGeneric];
    case 'shared-school':
      return [cites.sharedSchool(hook.text), cites.pathSince(hook.text), cites.pathSince(clipWords(hook.text, 30)), cites.sharedGeneric];
    case 'about':
      return [...quotes.map(cites.about), cites.aboutGeneric];
    case 'headline':
      return [...quotes.map(cites.headline), cites.headlineGeneric];
    case 'custom':
      return distinct([hook.text, clipWords(hook.text, 60), clipWords(hook.text, 40)]).map(lowerFirst);
  }
}

function openingForms(hook: Hook | undefined, profile: Profile, wording: number): string[] {
  if (!hook) return [pick(openings.none, wording), openings.noneShort];
  // A hook typed as a whole sentence ("I loved your talk at …") is the opening itself.
  if (hook.kind === 'custom' && /^i\b/i.test(hook.text)) {
    return distinct([hook.text, clipWords(hook.text, 80)]).map((text) => capitalize(text.replace(/(?<![.!?…])$/u, '.')));
  }
  const made = ['featured', 'recent-post', 'about', 'headline'].includes(hook.kind);
  const templates = made ? openings.made : openings.work;
  const cites = citeForms(hook, profile);
  // Then the plainest phrasing, whose words leave the most room for the quote.
  return distinct([...cites.map(pick(templates, wording)), ...cites.map(templates[0]!)].map(capitalize));
}

function introductionForms(profile: Profile, me: Me, hook: Hook | undefined, wording: number): string[] {
  const intro = tidy(me.intro).replace(/[.!]+$/, '');
  const name = tidy(me.name);
  const selfWith = (line: string) => {
    if (/^(i|i'm|i am|my)\b/i.test(line)) return `${capitalize(line)}.`;
    if (line && name) return introductions.nameAndIntro(name, withArticle(line));
    if (line) return introductions.introOnly(withArticle(line));
    return name ? introductions.nameOnly(name) : '';
  };
  const self = selfWith(intro);
  const selfShort = selfWith(intro.split(/\s*(?:,|;|\s[–—-]\s)\s*/)[0] ?? '');

  const goal = goalClause(me);
  const { title, company } = roleOf(profile);
  const expertise = hook?.kind === 'role' ? introductions.expertiseGeneric : expertiseOf(title, company);
  const why = goal ? pick(introductions.why, wording)(goal, expertise) : introductions.whyWithoutGoal(expertise);
  const whyLean = goal ? introductions.goalAlone(goal) : '';
  const join = (...sentences: string[]) => sentences.filter(Boolean).join(' ');
  return distinct([join(self, why), join(self, whyLean), self || whyLean, selfShort || whyLean, '']);
}

/** Their role in a few words; a very long title or company is left for the opening to cite. */
function expertiseOf(title: string, company: string): string {
  const role = title && company ? `${title} at ${company}` : title;
  if (role && role.length <= 60) return introductions.expertiseAs(role);
  if (title && title.length <= 60) return introductions.expertiseAs(title);
  if (company && company.length <= 40) return introductions.expertiseAt(company);
  return introductions.expertiseGeneric;
}

function goalClause(me: Me): string {
  const short = tidy(me.shortTermGoal).replace(/[.!]+$/, '');
  const long = tidy(me.longTermGoal).replace(/[.!]+$/, '');
  if (short) {
    const verb = asInfinitive(short);
    return verb ? introductions.goalVerb(verb) : introductions.goalNoun(lowerFirst(short));
  }
  if (long) {
    const verb = asInfinitive(long);
    return verb ? introductions.longGoalVerb(verb) : introductions.longGoalNoun(lowerFirst(long));
  }
  return '';
}

function askForms(me: Me, minutes: number, wording: number): string[] {
  const topic = lowerFirst(tidy(me.skillsMissing) || tidy(me.guidance)).replace(/[.!?]+$/, '') || asks.topicDefault;
  const question = pick(asks.question, wording)(minutes);
  return [`${asks.preamble(topic)} ${question}`, `${asks.shortPreamble(topic)} ${question}`, asks.compact(minutes)];
}

function signOffForms(me: Me, note: boolean): string[] {
  const name = tidy(me.signature) || tidy(me.name);
  // LinkedIn shows who sent an invitation beside its note, so a note spends no characters on a sign-off.
  if (!name || note) return [''];
  return [closes.signOffLetter(name), ''];
}

function subjectForms(hook: Hook | undefined, profile: Profile, wording: number): string[] {
  const { title, company } = roleOf(profile);
  const byRole = [
    ...(wording % 2 === 1 && company ? [subjects.aboutCompany(company)] : []),
    ...(title ? [subjects.aboutRole(company ? `${title} at ${company}` : title), subjects.aboutRole(title)] : []),
    ...(company ? [subjects.aboutCompany(company)] : []),
  ];
  const byHook = (): string[] => {
    if (!hook) return [];
    const item = itemNames[hook.item ?? 'other'];
    switch (hook.kind) {
      case 'featured':
      case 'recent-post':
        return quoteForms(hook.text).map((quote) => subjects.aboutItem(item, quote));
      case 'custom':
        return /^i\b/i.test(hook.text) ? [] : distinct([hook.text, clipWords(hook.text, 60)]).map((text) => subjects.aboutCustom(lowerFirst(text)));
      case 'shared-company':
        return [subjects.fellowAt(hook.text)];
      case 'shared-school':
        return [subjects.fellowFrom(hook.text)];
      default:
        return [];
    }
  };
  return distinct([...(wording % 2 === 1 ? byRole : []), ...byHook(), ...byRole, subjects.generic]);
}
