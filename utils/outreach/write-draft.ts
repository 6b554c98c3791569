import type { Profile } from '@/utils/linkedin/profile';
import { type Account, type Channel, type Limit, channelHasSubject, lengthOf, limitFor } from './channels';
import type { FindingId, SavedMessage } from './check';
import { type Hook, findHooks, hashNumber } from './hooks';
import type { Me } from './me';
import { greetingOf } from './names';
import { capitalize, tidy } from './wording/text';
import { type DraftLanguage, languageOfMine, profileLanguage } from './their-language';
import { overlapWithPersona } from './why-them';
import { type Wording, hookNames, wordingFor } from './wording';

export interface DraftChoices {
  channel: Channel;
  /** The thing of theirs to cite; the best hook found when not chosen; null to cite nothing. */
  hook?: Hook | null;
  /** Their hooks as findHooks found them, when the caller has them already (the popup lists them). */
  hooks?: readonly Hook[];
  askMinutes?: 15 | 20;
  tone?: 'warm' | 'concise';
  /** "Another wording": each number is another phrasing of every part; the same number gives the same draft. */
  wording?: number;
  /** The moment of drafting, for "recent" (defaults to now). */
  now?: number;
  /** The language to draft in (defaults to Me's language). */
  language?: DraftLanguage;
  /** First messages saved for others: the draft's check warns before the same words go out twice. */
  savedMessages?: readonly SavedMessage[];
  /** The name to greet them by ("Greet them as"), instead of the one read from their name. */
  greetAs?: string;
}

/** The guide's five parts, each editable on its own. The greeting opens `opening`; the sign-off ends `close`. */
export interface DraftParts {
  subject?: string;
  opening: string;
  introduction: string;
  ask: string;
  close: string;
}

/** What only the composer knows (no specific hook, no "why them", no intro), to be put in words by the checker's explain. */
export interface ComposerNote {
  id: FindingId;
  detail: string;
}

/**
 * A draft as written, before the checker reads it (compose.ts adds its findings): the popup
 * shows it at once and loads the checker, and its words in every language, just after.
 */
export interface WrittenDraft {
  channel: Channel;
  subject?: string;
  body: string;
  parts: DraftParts;
  length: number;
  limit: Limit;
  /** The hook cited: the one chosen, else the best one found. */
  hook?: Hook;
  /** The language it is written in. */
  language: DraftLanguage;
  notes: ComposerNote[];
  /** Their profile's language, when this draft is written in another: the popup offers to draft in it (no finding says it twice). */
  theirLanguage?: DraftLanguage;
  /** The name the greeting says ("" when it greets no name): "Greet them as" shows it. */
  greeted: string;
}

type Piece = 'greeting' | 'opening' | 'introduction' | 'ask' | 'close';

/**
 * One way to word a piece, and what choosing it costs the reader. The draft that fits keeps the
 * most: the hook is cut to its topic before who I am is shortened, who I am is shortened before
 * the hook is named only by its kind, and the ask always keeps its time box and its topic.
 */
interface Form {
  text: string;
  cost: number;
  /** An ask that itself makes it easy to say yes ("whenever suits you"), so the close need not. */
  easyYes?: boolean;
}

const formsOf = (texts: string[], costs: number[]): Form[] => {
  const seen = new Set<string>();
  return texts.flatMap((text, index) => {
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ text, cost: costs[index] ?? costs[costs.length - 1] ?? 0 }];
  });
};

/** How many of the best hooks are tried when the best one could only be named by its kind. */
const hooksTried = 3;
/** An opening that names the hook only by its kind ("your recent post") costs this much or more. */
const namedByKind = 9;

/**
 * Writes a first message in the guide's five parts, fitted to the channel's limit (compose.ts
 * checks it). Left to choose, it cites the best hook the message has room to name: "your post
 * has stayed with me" tells a mentor nothing, so when the best one fits only as its kind
 * (a long title in a 200-character note) the next of the best that fits by name is cited.
 */
export function writeDraft(profile: Profile, me: Me, choices: DraftChoices): WrittenDraft {
  const written = (hook: Hook | undefined) => draftCiting(profile, me, choices, hook);
  if (choices.hook !== undefined) return withoutMarks(written(choices.hook ?? undefined));
  const [best, ...next] = (choices.hooks ?? findHooks(profile, me, choices.now ?? Date.now())).slice(0, hooksTried);
  const first = written(best);
  // A draft over the limit with this hook (a long German opening in a note) may fit with the next.
  const fits = (draft: WrittenDraft) => draft.length <= draft.limit.body;
  if (!first.namedByKind && fits(first)) return withoutMarks(first);
  // Never at the cost of saying who I am: that matters more to a mentor than which post.
  const saysWhoIAm = (draft: WrittenDraft) => !draft.notes.some((note) => note.id === 'intro-left-out');
  let fitting: (WrittenDraft & { namedByKind: boolean }) | undefined;
  for (const hook of next) {
    const draft = written(hook);
    if (!draft.namedByKind && fits(draft) && (saysWhoIAm(draft) || !saysWhoIAm(first))) return withoutMarks(draft);
    if (!fits(first) && fits(draft)) fitting ??= draft;
  }
  return withoutMarks(fitting ?? first);
}

function withoutMarks({ namedByKind: _plain, ...draft }: WrittenDraft & { namedByKind: boolean }): WrittenDraft {
  return draft;
}

function draftCiting(profile: Profile, me: Me, choices: DraftChoices, hook: Hook | undefined): WrittenDraft & { namedByKind: boolean } {
  const { channel } = choices;
  const words = wordingFor(choices.language ?? me.language);
  const { asks, closes, greetings } = words;
  const limit = limitFor(channel, me.account);
  const note = channel === 'connection-note';
  const concise = choices.tone === 'concise';
  // Same person, same draft; another person, another shape; "Another wording" walks on.
  // Each part draws its own phrasing from the person, so the parts vary independently.
  const person = profile.slug || tidy(profile.name);
  const wording = Math.max(0, Math.floor(choices.wording ?? 0));
  const seedFor = (part: string) => hashNumber(`${person}:${part}`) + wording;
  const variant = <T>(list: readonly T[], part: string): T => list[seedFor(part) % list.length] as T;

  const greeting = greetingOf(profile, greetings, !(note || concise), choices.greetAs);
  const overlap = overlapWithPersona(profile, me);
  const topic = words.topicOf(me) || words.topicDefault;
  const minutes = choices.askMinutes ?? me.askMinutes;
  const ask = variant(asks, 'ask');
  const forms: Record<Piece, Form[]> = {
    greeting: formsOf([greeting.text, greetings.neutral], [0, 20]),
    opening: openingForms(hook, seedFor('opening'), words),
    introduction: introductionForms(me, overlap, note, seedFor('why'), words),
    ask: [
      { text: ask.full(minutes, topic), cost: 0 },
      { text: ask.short(minutes, topic), cost: 1 },
      { text: ask.note(minutes, topic), cost: 2, easyYes: true },
      // The shortest note of all, for when every character counts.
      { text: asks.map((form) => form.note(minutes, topic)).sort((a, b) => a.length - b.length)[0]!, cost: 3, easyYes: true },
    ].filter((form, index, all) => all.findIndex((other) => other.text === form.text) === index),
    close: [variant(closes.full, 'close'), variant(closes.short, 'close'), closes.minimal, ''].map((text, index) => ({ text, cost: [0, 1, 2, 2.5][index]! })),
  };
  const signOff = note ? '' : signOffOf(me, words);
  const levels = bestFit(forms, { channel, signOff, limit: limit.body, concise, note });
  const parts = partsAt(forms, levels, channel, signOff, words);
  const subject = channelHasSubject(channel) ? subjectOf(hook, profile, me, overlap, limit.subject, seedFor('subject'), words) : undefined;
  const message = assemble({ ...(subject && { subject }), ...parts }, channel, me.account);
  const notes = composerNotes(me, hook, overlap);
  const theirs = profileLanguage(profile);
  if (tidy(me.intro) && !parts.introduction) notes.push({ id: 'intro-left-out', detail: String(limit.body) });
  // "Soy a data analyst…": Me's words go into the draft as written, so say so when their language is not the draft's.
  const mine = languageOfMine([me.intro, me.shortTermGoal, me.longTermGoal, me.skillsMissing, me.askAbout]);
  if (mine && mine !== words.language && (parts.introduction || words.topicOf(me))) notes.push({ id: 'me-in-other-language', detail: '' });
  return {
    channel,
    ...(message.subject && { subject: message.subject }),
    body: message.body,
    parts: { ...(message.subject && { subject: message.subject }), ...parts },
    length: lengthOf(message.body),
    limit,
    ...(hook && { hook }),
    language: words.language,
    notes,
    ...(theirs && theirs !== words.language && { theirLanguage: theirs }),
    greeted: levels.greeting === 0 ? greeting.name : '',
    namedByKind: hook !== undefined && (forms.opening[levels.opening]?.cost ?? 0) >= namedByKind,
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

interface FitOptions {
  channel: Channel;
  signOff: string;
  limit: number;
  concise: boolean;
  note: boolean;
}

/**
 * The least costly set of forms that fits the limit. Every combination is priced (a few hundred
 * at most) and its length added up from the pieces' lengths, so this stays well under a
 * millisecond. The ask's leanest form carries the easy yes itself; any other needs a close that does.
 */
function bestFit(forms: Record<Piece, Form[]>, { channel, signOff, limit, concise, note }: FitOptions): Record<Piece, number> {
  const separator = separatorFor(channel).length;
  const first = { greeting: 0, opening: 0, introduction: 0, ask: concise || note ? 1 : 0, close: concise ? 1 : 0 };
  // Plain arrays: this loop runs a few thousand times per draft.
  const lengths = (piece: Piece) => forms[piece].map((form) => form.text.length);
  const costsOf = (piece: Piece) => forms[piece].map((form) => form.cost);
  const [gL, oL, iL, aL, cL] = [lengths('greeting'), lengths('opening'), lengths('introduction'), lengths('ask'), lengths('close')];
  const [gC, oC, iC, aC, cC] = [costsOf('greeting'), costsOf('opening'), costsOf('introduction'), costsOf('ask'), costsOf('close')];
  const easy = forms.ask.map((form) => form.easyYes === true);
  const signOffLength = signOff.length;
  let best: Record<Piece, number> | undefined;
  let bestCost = Infinity;
  let bestLength = -1;
  let shortest = { levels: { greeting: gL.length - 1, opening: oL.length - 1, introduction: iL.length - 1, ask: aL.length - 1, close: cL.length - 1 }, length: Infinity };
  let shortestNamed = { ...shortest };
  for (let ask = Math.min(first.ask, aL.length - 1); ask < aL.length; ask += 1)
    for (let close = Math.min(first.close, cL.length - 1); close < cL.length; close += 1) {
      // An easy yes once: in the lean ask, or else in the close.
      if (easy[ask] ? close < 2 : close > 1) continue;
      for (let opening = 0; opening < oL.length; opening += 1)
        for (let introduction = 0; introduction < iL.length; introduction += 1)
          for (let greeting = 0; greeting < gL.length; greeting += 1) {
            const cost = gC[greeting]! + oC[opening]! + iC[introduction]! + aC[ask]! + cC[close]!;
            if (cost > bestCost && shortest.length <= limit) continue;
            const i = iL[introduction]!;
            const a = aL[ask]!;
            const c = cL[close]!;
            const length =
              gL[greeting]! + separator + oL[opening]! + (i && i + separator) + (a && a + separator) + (c && c + separator) + (signOffLength && signOffLength + separator);
            if (length > limit) {
              if (length < shortest.length) shortest = { levels: { greeting, opening, introduction, ask, close }, length };
              if (greeting === 0 && length < shortestNamed.length) shortestNamed = { levels: { greeting, opening, introduction, ask, close }, length };
              continue;
            }
            if (cost < bestCost || (cost === bestCost && length > bestLength)) {
              best = { greeting, opening, introduction, ask, close };
              bestCost = cost;
              bestLength = length;
            }
          }
    }
  // Nothing fits (a topic or an introduction longer than the note): the shortest there is that
  // still greets them by name (the user shortens the topic, not their name), and the checker says it is over.
  return best ?? (shortestNamed.length < Infinity ? shortestNamed : shortest).levels;
}

function partsAt(forms: Record<Piece, Form[]>, levels: Record<Piece, number>, channel: Channel, signOff: string, words: Wording): DraftParts {
  const at = (piece: Piece) => forms[piece][levels[piece]]?.text ?? '';
  const separator = separatorFor(channel);
  const sentence = at('opening');
  // A note keeps the greeting on the line it opens: "Hi Ana, your talk…".
  const opening = `${at('greeting')}${separator}${words.afterGreeting(sentence, channel === 'connection-note')}`;
  return { opening, introduction: at('introduction'), ask: at('ask'), close: [at('close'), signOff].filter(Boolean).join(separator) };
}

/**
 * The opening sentence with each way of naming the hook, fullest first: in this person's
 * phrasing, then in the family's shortest phrasing, and last the hook's plainest name.
 */
function openingForms(hook: Hook | undefined, seed: number, words: Wording): Form[] {
  const { openings } = words;
  if (!hook) return formsOf([openings.none[seed % openings.none.length]!, openings.noneShort], [0, 1]);
  if (hook.family === 'custom') return formsOf([customOpening(hook.text, openings.made[seed % openings.made.length]!, words)], [0]);
  const names = hookNames(hook, words);
  const templates = openings[hook.family];
  // Congratulations are for what is recent; an older honour is mentioned plainly.
  const chosen = hook.family === 'honor' && !hook.recent ? templates[1]! : templates[seed % templates.length]!;
  // For a tight note, one of the family's two shortest phrasings, also chosen by the person.
  const shortest = (mention: string) => templates.map((template) => template(mention)).sort((a, b) => a.length - b.length)[Math.floor(seed / 8) % Math.min(2, templates.length)]!;
  const forms = names.mentions.flatMap((mention, index) => [
    { text: sentenceOf(chosen(mention)), cost: index * 2 },
    { text: sentenceOf(shortest(mention)), cost: index * 2 + 1 },
  ]);
  if (names.plain) forms.push({ text: sentenceOf(chosen(names.plain)), cost: namedByKind }, { text: sentenceOf(shortest(names.plain)), cost: namedByKind + 0.5 });
  return formsOf(forms.map((form) => form.text), forms.map((form) => form.cost));
}

/** A sentence around a name that ends in its own full stop ("… S.A."): capitalised, with one full stop. */
function sentenceOf(text: string): string {
  return capitalize(text).replace(/([.!?])\.$/u, '$1');
}

/** A hook typed as a sentence ("I loved your talk at …") is the opening itself; a phrase ("your keynote on …") is cited. */
function customOpening(text: string, template: (mention: string) => string, words: Wording): string {
  if (words.typedSentence.test(text)) return capitalize(text.replace(/(?<![.!?…])$/u, '.'));
  return capitalize(template(words.lowerFirst(text).replace(/[.!]+$/, '')));
}

/** Who I am and why them, fullest first, down to nothing. */
function introductionForms(me: Me, overlap: string[], note: boolean, seed: number, words: Wording): Form[] {
  const { introductions, intro: shape, whyThem } = words;
  const intro = tidy(me.intro).replace(/[.!]+$/, '');
  const name = tidy(me.name);
  const clauses = intro.split(shape.clauseBreak);
  const short = clauses[0] ?? '';
  const shortest = short.replace(shape.placeTail, '');
  const self = (line: string, withName: boolean) => {
    if (!line) return withName && name && !note ? introductions.nameOnly(name) : '';
    if (shape.sentence.test(line)) return `${capitalize(line)}.`;
    return withName && name ? introductions.nameAndIntro(name, shape.asRole(line)) : introductions.introOnly(shape.asRole(line));
  };
  // LinkedIn shows the sender's name beside a note: the note spends its characters on who I am, not my name.
  const full = self(intro, !note);
  const lean = self(short, false);
  const leanest = self(shortest, false);

  // When my questions are about my goal itself, the goal is said once, in the ask.
  const goal = me.askAbout || me.skillsMissing ? goalClause(me, words) : '';
  const why = overlap.length ? whyThem[seed % whyThem.length]! : undefined;
  const list = words.listOf(overlap.map(words.lowerFirst));
  const join = (...sentences: string[]) => sentences.filter(Boolean).join(' ');
  const withWhy = why ? (goal ? why.withGoal(goal, list) : why.alone(list)) : goal ? `${goal}.` : '';
  const whyAlone = why ? why.alone(list) : '';
  return formsOf([join(full, withWhy), join(full, whyAlone), join(lean, whyAlone), full, lean, leanest, ''], [0, 1, 2, 3, 4, 6, 30]);
}

function goalClause(me: Me, words: Wording): string {
  const short = tidy(me.shortTermGoal).replace(/[.!]+$/, '');
  const long = tidy(me.longTermGoal).replace(/[.!]+$/, '');
  return short ? words.goals.short(short) : long ? words.goals.long(long) : '';
}

function signOffOf(me: Me, words: Wording): string {
  const name = tidy(me.signature) || tidy(me.name);
  return name ? words.closes.signOffLetter(name) : '';
}

/** A subject that fits whole (never cut mid-word), at most about 70 characters: about their thing, my topic, or our overlap. */
function subjectOf(hook: Hook | undefined, profile: Profile, me: Me, overlap: string[], limit: number | undefined, seed: number, words: Wording): string {
  const { subjects } = words;
  const max = Math.min(limit ?? subjects.maxLength, subjects.maxLength);
  const topic = words.topicOf(me);
  const title = tidy(profile.current?.title);
  const byHook: string[] = [];
  if (hook?.family === 'made') byHook.push(...hookNames(hook, words).mentions.map(subjects.aboutMention));
  if (hook?.family === 'shared-school') byHook.push(subjects.fellowSchool(hook.text));
  if (hook?.family === 'shared-company') byHook.push(subjects.fellowCompany(hook.text));
  const byMe = [
    ...(topic ? [subjects.aboutTopic(topic)] : []),
    ...(overlap.length ? [subjects.aboutExperience(words.listOf(overlap.map(words.lowerFirst)))] : []),
  ];
  // A title of one word ("Host", "Founder") says too little to be a subject.
  const byRole = title && title.length <= 40 && title.includes(' ') ? [subjects.aboutRole(title)] : [];
  // Half the people get a subject about their work, half one about my question: both are the guide's.
  const ordered = seed % 2 === 0 ? [...byHook, ...byMe] : [...byMe, ...byHook];
  return [...ordered, ...byRole, subjects.generic].map(capitalize).find((line) => lengthOf(line) <= max) ?? subjects.generic;
}

/** What the composer knows that no reading of the text can: each with the guide's reason and what to do (compose.ts words them). */
function composerNotes(me: Me, hook: Hook | undefined, overlap: string[]): ComposerNote[] {
  const notes: ComposerNote[] = [];
  if (!hook) notes.push({ id: 'no-citable-hook', detail: '' });
  if (!tidy(me.intro)) notes.push({ id: 'no-introduction', detail: '' });
  if (overlap.length === 0) notes.push({ id: me.persona.length ? 'no-why-them' : 'no-persona', detail: '' });
  return notes;
}
