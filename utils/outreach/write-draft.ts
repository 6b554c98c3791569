import type { Profile } from '@/utils/linkedin/profile';
import { type Account, type Channel, type Limit, channelHasSubject, lengthOf, limitFor } from './channels';
import type { FindingId, SavedMessage } from './check';
import { type Hook, findHooks, hashNumber } from './hooks';
import { type Me, meIn } from './me';
import { goalClause, sentenceWithStop, whoIAm } from './who-i-am';
import { firstNameOf, greetingOf } from './names';
import { capitalize, tidy } from './wording/text';
import { type DraftLanguage, languageOfMine, profileLanguage } from './their-language';
import { overlapWithPersona } from './why-them';
import { type Wording, hookNames, wordingFor } from './wording';

/** How a draft sounds: the popup's tone choice. */
export type Tone = 'warm' | 'concise' | 'formal';
export const tones: readonly Tone[] = ['warm', 'concise', 'formal'];

export interface DraftChoices {
  channel: Channel;
  /** The thing of theirs to cite; the best hook found when not chosen; null to cite nothing. */
  hook?: Hook | null;
  /** Their hooks as findHooks found them, when the caller has them already (the popup lists them). */
  hooks?: readonly Hook[];
  askMinutes?: 15 | 20;
  /** Warm by default; concise trims; formal greets as a formal letter does ("Dear Dr. Berger,"). */
  tone?: Tone;
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
  /**
   * 'introduction' when who I am comes first ("Hi Ana, I'm a nurse in Leeds. Your talk on…"):
   * "Another wording" changes the shape, not only the words. The greeting opens whichever leads.
   */
  lead?: 'introduction';
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

/** A chat message to a connection stays under this many characters in English (LinkedIn: under 400 draws 22 % more replies). */
export const chatLength = 399;
/** An InMail's body, which also carries a sign-off: about 600 characters (LinkedIn: under 400 does best, but a stranger needs a little more). */
export const inMailLength = 600;
/** An email's body: about 125 words (Boomerang: 50–125 words draw the most replies). */
export const emailLength = 760;

/** How many of the best hooks are tried when the best one could only be named by its kind, or costs who I am. */
const hooksTried = 8;
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
  const ranked = (choices.hooks ?? findHooks(profile, me, choices.now ?? Date.now())).slice(0, hooksTried);
  // What a mentor would miss, worst first: a note over the limit, the hook named only by its
  // kind ("your post has stayed with me"), who I am left out, their name left out; then the
  // hook's rank. The best hook usually has none of these, and is the only draft written.
  let best: { draft: WrittenDraft & { namedByKind: boolean; greetedNeutrally: boolean }; cost: number } | undefined;
  for (const [rank, hook] of (ranked.length ? ranked : [undefined]).entries()) {
    const draft = written(hook);
    const cost = faultsOf(draft, profile) * 10 + rank;
    if (!best || cost < best.cost) best = { draft, cost };
    if (cost < 10) break;
  }
  return withoutMarks(best!.draft);
}

/** How much a mentor would miss in a draft: see writeDraft. */
function faultsOf(draft: WrittenDraft & { namedByKind: boolean; greetedNeutrally: boolean }, profile: Profile): number {
  const over = draft.length > draft.limit.body ? 8 : 0;
  const byKind = draft.namedByKind ? 3 : 0;
  const noIntro = draft.notes.some((note) => note.id === 'intro-left-out') ? 4 : 0;
  const noName = firstNameOf(profile.name, profile.firstName) && draft.greetedNeutrally ? 4 : 0;
  return over + byKind + noIntro + noName;
}

function withoutMarks({ namedByKind: _plain, greetedNeutrally: _neutral, ...draft }: WrittenDraft & { namedByKind: boolean; greetedNeutrally?: boolean }): WrittenDraft {
  return draft;
}

function draftCiting(profile: Profile, myself: Me, choices: DraftChoices, hook: Hook | undefined): WrittenDraft & { namedByKind: boolean; greetedNeutrally: boolean } {
  const { channel } = choices;
  const words = wordingFor(choices.language ?? myself.language);
  // My words in the draft's language where I gave them (the popup asks for them once).
  const me = meIn(myself, words.language);
  const { asks, closes, greetings } = words;
  const limit = limitFor(channel, me.account);
  const note = channel === 'connection-note';
  // A message to a connection is a chat, not a letter: no subject, no sign-off, short.
  const chat = channel === 'message';
  const concise = choices.tone === 'concise';
  const formal = choices.tone === 'formal';
  // Same person, same draft; another person, another shape; "Another wording" walks on.
  // Each part draws its own phrasing from the person, so the parts vary independently.
  const person = profile.slug || tidy(profile.name);
  const wording = Math.max(0, Math.floor(choices.wording ?? 0));
  const seedFor = (part: string) => hashNumber(`${person}:${part}`) + wording;
  const variant = <T>(list: readonly T[], part: string): T => list[seedFor(part) % list.length] as T;

  // Notes and chats greet as people talk; an English letter opens "Hi Amara," unless the tone is
  // formal (its letter greeting stands in for "Dear"); other languages' letters open formally.
  const casual = !formal && (note || concise || (chat && greetings.letter !== undefined));
  const letterGreetings = !formal && greetings.letter ? { ...greetings, formal: greetings.letter } : greetings;
  const greeting = greetingOf(profile, letterGreetings, !casual, choices.greetAs);
  const first = greeting.name;
  // "your experience with data scientist" is not English: a keyword naming a kind of person is not an experience.
  const overlap = overlapWithPersona(profile, me).filter((keyword) => words.language !== 'en' || !namesAPerson(keyword));
  const topic = words.topicOf(me) || words.topicDefault;
  const minutes = choices.askMinutes ?? me.askMinutes;
  const ask = variant(asks, 'ask');
  const shortestNote = (about: string) => asks.map((form) => form.note(minutes, about)).sort((a, b) => a.length - b.length)[0]!;
  const firstTopic = firstOfList(topic);
  const forms: Record<Piece, Form[]> = {
    greeting: formsOf([greeting.text, greetings.neutral], [0, 20]),
    opening: openingForms(hook, seedFor('opening'), words),
    introduction: introductionForms(me, overlap, note, seedFor('why'), words),
    ask: [
      { text: ask.full(minutes, topic), cost: 0 },
      { text: ask.short(minutes, topic), cost: 1 },
      { text: ask.note(minutes, topic), cost: 2, easyYes: true },
      // The shortest note of all, for when every character counts.
      { text: shortestNote(topic), cost: 3, easyYes: true },
      // A topic of several questions ("A, B and what to learn first"): a note asks about the first.
      ...(firstTopic !== topic ? [{ text: ask.note(minutes, firstTopic), cost: 4, easyYes: true }, { text: shortestNote(firstTopic), cost: 5, easyYes: true }] : []),
    ].filter((form, index, all) => all.findIndex((other) => other.text === form.text) === index),
    close: [variant(closes.full, 'close'), variant(closes.short, 'close'), variant([closes.minimal].flat(), 'close'), ''].map((close, index) => ({
      text: typeof close === 'function' ? close(first) : close,
      cost: [0, 1, 2, 2.5][index]!,
    })),
  };
  const signOff = note || chat ? '' : signOffOf(me, words);
  // LinkedIn's own data: messages under 400 characters draw the most replies; Boomerang's: emails of
  // 50–125 words. A little more room where the words of a language run longer.
  const target = chat ? chatLength : channel === 'inmail' ? inMailLength : channel === 'email' ? emailLength : limit.body;
  const fitTo = Math.min(limit.body, words.language === 'en' ? target : Math.round(target * 1.2));
  const levels = bestFit(forms, { channel, signOff, limit: fitTo, concise, note: note || chat });
  // Every other "Another wording" lets who I am lead: same parts, another shape.
  const parts = partsAt(forms, levels, channel, signOff, words, wording % 2 === 1);
  const subject = channelHasSubject(channel) && !chat ? subjectOf(hook, profile, me, overlap, limit.subject, seedFor('subject'), words) : undefined;
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
    greetedNeutrally: levels.greeting > 0,
  };
}

/**
 * The message as it will be sent, from its parts (also after the user edited one). A note is
 * one paragraph; a letter puts each part in its own paragraph.
 */
export function assemble(parts: DraftParts, channel: Channel, _account: Account): { subject?: string; body: string } {
  const body = (parts.lead === 'introduction' ? [parts.introduction, parts.opening, parts.ask, parts.close] : [parts.opening, parts.introduction, parts.ask, parts.close])
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

function partsAt(forms: Record<Piece, Form[]>, levels: Record<Piece, number>, channel: Channel, signOff: string, words: Wording, introFirst: boolean): DraftParts {
  const at = (piece: Piece) => forms[piece][levels[piece]]?.text ?? '';
  const separator = separatorFor(channel);
  const note = channel === 'connection-note';
  const sentence = at('opening');
  const close = [at('close'), signOff].filter(Boolean).join(separator);
  // A note keeps the greeting on the line it opens: "Hi Ana, your talk…".
  const greeted = (text: string) => `${at('greeting')}${separator}${words.afterGreeting(text, note)}`;
  if (introFirst && at('introduction')) return { opening: capitalize(sentence), introduction: greeted(at('introduction')), ask: at('ask'), close, lead: 'introduction' };
  return { opening: greeted(sentence), introduction: at('introduction'), ask: at('ask'), close };
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
  const { whyThem } = words;
  const { full, lean, leanest } = whoIAm(me, words, note);

  // When my questions are about my goal itself, the goal is said once, in the ask.
  const goal = me.askAbout || me.skillsMissing ? goalClause(me, words) : '';
  // A goal said as a sentence of its own ("My goal for this year: …") is not joined to why them.
  const goalIsSentence = /[.!?]$/.test(goal);
  const why = overlap.length ? whyThem[seed % whyThem.length]! : undefined;
  const list = words.listOf(overlap.map(words.lowerFirst));
  const join = (...sentences: string[]) => sentences.filter(Boolean).join(' ');
  const goalSentence = goal ? sentenceWithStop(goal) : '';
  const withWhy = why ? (goal && !goalIsSentence ? why.withGoal(goal, list) : join(goalSentence, why.alone(list))) : goalSentence;
  const whyAlone = why ? why.alone(list) : '';
  return formsOf([join(full, withWhy), join(full, whyAlone), join(lean, whyAlone), full, lean, leanest, ''], [0, 1, 2, 3, 4, 6, 30]);
}

/** The first of the things my questions are about, when I listed several: "A, B, and C" → "A". */
function firstOfList(topic: string): string {
  const [first = topic, ...rest] = topic.split(/,\s+(?:and\s+)?|\s+and\s+(?=(?:how|what|which|whether|why|when|where)\b)/);
  return rest.length && first.split(' ').length >= 3 ? first : topic;
}

/** "data scientist", "career changer", "mentor": an English persona keyword that names a kind of person, not a field. */
function namesAPerson(keyword: string): boolean {
  return /(?:er|or|ist|ian|ant|ee)s?$/i.test(keyword.trim().split(' ').pop() ?? '') && !/^(?:gender|water|power|computer|paper|cancer|fintech|talent|content|management|development|government|investment|engagement|procurement|payment|environment|recruitment|equipment|treatment|assessment)s?$/i.test(keyword.trim().split(' ').pop() ?? '');
}

function signOffOf(me: Me, words: Wording): string {
  // The sign-off as I typed it, line by line ("Lucía Fernández\nIngeniera agrónoma").
  const name = (me.signature ?? '').split('\n').map(tidy).filter(Boolean).join('\n') || tidy(me.name);
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
    // A topic of several questions too long for a subject: about the first of them.
    ...(topic ? [subjects.aboutTopic(topic), ...(firstOfList(topic) !== topic ? [subjects.aboutTopic(firstOfList(topic))] : [])] : []),
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
