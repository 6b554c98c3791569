/**
 * My own words as the sentences a draft says them in: who I am, for a letter and for a note,
 * and my goal. One home for the draft (write-draft.ts) and the Me page's live sentences
 * (me-sentences.ts), so what the Me page shows is what a draft will say.
 */
import type { Me } from './me';
import type { Wording } from './wording/types';
import { capitalize, tidy } from './wording/text';

/** Most words of my intro a draft says in one sentence: a run-on ("…and after NYSC I joined … where I mostly …") is cut where a clause ends. */
const introWords = 28;

/** Who I am, fullest first: for a letter (with my name, up to two brief sentences), a note's first clause, and its shortest form. */
export interface WhoIAm {
  full: string;
  lean: string;
  leanest: string;
}

/**
 * Who I am from Me's intro. A long intro is several sentences: a letter says the first two
 * while they stay brief, a note its first clause (or the short intro I approved for notes);
 * never 78 words run into one sentence. LinkedIn shows the sender's name beside a note, so a
 * note spends its characters on who I am, not my name.
 */
export function whoIAm(me: Pick<Me, 'intro' | 'introShort' | 'name'>, words: Wording, note: boolean): WhoIAm {
  const { intro: shape } = words;
  const [typedFirst = '', ...more] = withoutMyName(tidy(me.intro).replace(shape.filler ?? /^$/, ''), tidy(me.name)).split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const firstSentence = briefly(typedFirst, shape.clauseJoin);
  const intro = firstSentence.replace(/[.!]+$/, '');
  // The second sentence only while the two stay brief (the guide: "concisely explain who you are").
  const second = more[0] && wordCount(`${firstSentence} ${more[0]}`) <= 40 ? more[0] : '';
  const name = tidy(me.name);
  const clauses = intro.split(shape.clauseBreak);
  const typedShort = tidy(me.introShort).replace(/[.!]+$/, '');
  const short = typedShort || (clauses[0] ?? '');
  const shortest = typedShort || short.replace(shape.placeTail, '');
  const full = [introSentence(intro, note ? '' : name, words, !note), note ? '' : sentenceWithStop(second)].filter(Boolean).join(' ');
  return { full, lean: introSentence(short, '', words, false), leanest: introSentence(shortest, '', words, false) };
}

/** One line of who I am as a sentence: "I'm Sam Lee, a junior analyst.", "I'm Tunde Bakare. I finished my BSc…". */
export function introSentence(line: string, name: string, words: Wording, nameAlone = true): string {
  const { introductions, intro: shape } = words;
  if (!line) return nameAlone && name ? introductions.nameOnly(name) : '';
  if (shape.sentence.test(line)) {
    const named = name ? shape.withName?.(name, line) : undefined;
    // "I finished my BSc…" says who I am but not my name: a letter says it first.
    return named ? `${capitalize(named)}.` : [name ? introductions.nameOnly(name) : '', `${capitalize(line)}.`].filter(Boolean).join(' ');
  }
  return name ? introductions.nameAndIntro(name, shape.asRole(line)) : introductions.introOnly(shape.asRole(line));
}

/** My goal as a clause (or, where its shape needs one, a sentence of its own): the short-term one, else the long-term one. */
export function goalClause(me: Pick<Me, 'shortTermGoal' | 'longTermGoal'>, words: Wording): string {
  const short = tidy(me.shortTermGoal).replace(/[.!]+$/, '');
  const long = tidy(me.longTermGoal).replace(/[.!]+$/, '');
  const { ownTime } = words.goals;
  if (short) return ownTime?.says.test(short) ? ownTime.short(short) : words.goals.short(short);
  return long ? words.goals.long(long) : '';
}

/**
 * An intro that starts with my own name ("Beatriz, senior data scientist at…", "I'm Beatriz
 * Santos, a…") without it: the draft says my name itself ("I'm Beatriz Santos, a Beatriz, …" is
 * what pasting it gave).
 */
function withoutMyName(intro: string, name: string): string {
  if (!name) return intro;
  const names = [name, name.split(' ')[0]!].map((each) => each.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const leading = new RegExp(`^(?:(?:i'm|i am|my name is|this is)\\s+)?(?:${names.join('|')})\\s*(?:[,:;–—-]\\s*|\\.\\s+(?=\\p{Lu}))`, 'iu');
  const rest = intro.replace(leading, '');
  return rest === intro || !rest ? intro : /^i'm\b|^i am\b/i.test(intro) && /^(?:a|an|the)\s/i.test(rest) ? `I'm ${rest}` : rest;
}

/** A typed sentence within `introWords`, cut at the last place a clause may end (never mid-phrase). */
function briefly(sentence: string, clauseJoin: RegExp | undefined): string {
  const words = sentence.split(' ');
  if (words.length <= introWords || !clauseJoin) return sentence;
  const head = words.slice(0, introWords + 1).join(' ');
  let cut = 0;
  for (const match of head.matchAll(new RegExp(clauseJoin.source, 'giu'))) if ((match.index ?? 0) > 20) cut = match.index ?? 0;
  return cut ? head.slice(0, cut).replace(/[,;:]$/, '') : sentence;
}

/** A sentence as it closes: with its own full stop, or one added. */
export function sentenceWithStop(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
