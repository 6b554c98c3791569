import type { Profile } from '@/utils/linkedin/profile';
import { type Account, type Channel, channelRules, lengthOf, limitFor } from './channels';
import type { Hook } from './hooks';
import { isBigEmployer } from './citable';
import { tidy } from './wording/text';
import type { DraftLanguage } from './their-language';
import { type CheckWords, checkWordsFor } from './checking';
import type { Finding, FindingId } from './checking/types';
import { saysItDoesNotAsk, sponsorshipAsks } from './checking/asks';

export type { Finding, FindingId };

export interface CheckContext {
  account?: Account;
  subject?: string;
  hook?: Hook;
  profile?: Profile;
  /** First messages already saved for other contacts, to warn about sending the same words twice. */
  savedMessages?: readonly SavedMessage[];
  /** The language the message is written in: its patterns and the findings' words (English by default). */
  language?: DraftLanguage;
}

/** A first message saved for another contact: who it was for, and its words. */
export interface SavedMessage {
  who: string;
  body: string;
}

/**
 * Checks a message against the guide before it is sent: the Golden Rule, a specific hook,
 * a time-boxed ask, an easy yes, the channel's limit, and plain words across cultures.
 */
export function check(text: string, channel: Channel, context: CheckContext = {}): Finding[] {
  const findings: Finding[] = [];
  const words = checkWordsFor(context.language);
  const add = (id: FindingId, detail = '') => findings.push({ id, ...words.explanations[id](detail) });
  const body = text.trim();
  if (!body) {
    add('empty');
    return findings;
  }

  // Words inside quotation marks are theirs (a cited title), not the ask. Outside English, a typed
  // apostrophe (’) reads as the plain one the patterns are written with.
  const read = context.language && context.language !== 'en' ? body.replace(/’/g, "'") : body;
  const own = withoutQuotes(read);
  // "I'm not asking you to be my mentor" says what it does not ask.
  const asked = (match: RegExpExecArray) => !saysItDoesNotAsk.some((negation) => negation.test(own.slice(0, match.index + match[0].length)));
  const mentorship = firstMatch(own, words.mentorshipAsks, asked);
  if (mentorship) add('mentorship-ask', mentorship);
  const sponsorship = firstMatch(own, sponsorshipAsks, asked);
  if (sponsorship) add('sponsorship-ask', sponsorship);
  const specific = specificMention(body, context, words);
  if (!specific) add('no-hook');
  else if (specific.employerOnly) add('employer-only', specific.employerOnly);
  if (!words.timeBoxes.test(own)) add('no-time-box');
  const big = firstMatch(own, words.bigAsks, asked);
  if (big) add('big-ask', big);
  if (!words.easyYes.test(own)) add('no-easy-yes');
  // Offering an easier way to answer ("a short reply by email would help just as much") is no pressure.
  const pressure = firstMatch(own, words.pushy, (match) => !words.easierWay.test(sentenceAround(own, match)));
  if (pressure) add('pushy', pressure);

  const limit = limitFor(channel, context.account ?? 'free');
  const length = lengthOf(text);
  if (length > limit.body) add('over-limit', words.limitDetail(length, limit.body));
  const subject = context.subject;
  if (subject !== undefined && limit.subject !== undefined && lengthOf(subject) > limit.subject) {
    add('subject-over-limit', words.limitDetail(lengthOf(subject), limit.subject));
  }
  if (subject !== undefined && !subject.trim() && channelRules[channel].subject === 'required') add('subject-missing');

  const opener = firstMatch(read, words.genericOpeners);
  if (opener) add('generic-opener', opener);
  const gap = firstMatch(`${subject ?? ''}\n${body}`.trim(), words.placeholders);
  if (gap) add('placeholder', gap);
  // An idiom in their own words (a cited title, the hook as the draft names it) is not ours to rephrase.
  const idiom = firstMatch(withoutMentions(own, context.hook), [words.idioms]);
  if (idiom && ![mentorship, sponsorship, pressure].some((phrase) => phrase?.toLowerCase().includes(idiom.toLowerCase()))) add('idiom', idiom);
  const twin = nearlySame(body, context.savedMessages ?? [], words);
  if (twin !== undefined) add('same-as-saved', twin);
  return findings;
}

/** A finding's words, for the composer's own notes, in the draft's language. */
export function explain(id: FindingId, detail = '', language?: DraftLanguage): Finding {
  return { id, ...checkWordsFor(language).explanations[id](detail) };
}

/** True when a finding must be fixed before sending (the draft command exits 1 on one). */
export function isError(finding: Finding): boolean {
  return finding.severity === 'error';
}

function withoutQuotes(text: string): string {
  // German closes „…“ with the mark English opens with.
  return text.replace(/["“„«][^"“”„«»\n]{1,200}["“”»]/g, '""');
}

/** The text without the hook's names as a draft words them ("your paper on low-bandwidth clinics"), in any case. */
function withoutMentions(text: string, hook: Hook | undefined): string {
  const names = (hook?.mentions ?? []).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return names.length ? text.replace(new RegExp(names.join('|'), 'gi'), '') : text;
}

/** The first match of the first pattern that has one; with `counts`, the first match it accepts. */
function firstMatch(text: string, patterns: RegExp[], counts: (match: RegExpExecArray) => boolean = () => true): string | undefined {
  for (const pattern of patterns) {
    const every = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(every)) if (match[0].trim() && counts(match as RegExpExecArray)) return match[0].trim();
  }
  return undefined;
}

/** The sentence a match stands in. */
function sentenceAround(text: string, match: RegExpExecArray): string {
  const start = Math.max(...['.', '?', '!', '\n'].map((stop) => text.lastIndexOf(stop, match.index - 1))) + 1;
  const ends = ['.', '?', '!', '\n'].map((stop) => text.indexOf(stop, match.index + match[0].length)).filter((at) => at >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/**
 * What in the message is about them: the chosen hook, something from their profile, or a
 * piece of their work. When the only such thing is a large employer's name, says which.
 */
function specificMention(body: string, { hook, profile }: CheckContext, checks: CheckWords): { employerOnly?: string } | undefined {
  const lower = withoutGreeting(body, checks).toLowerCase();
  const mentions = (text: string | undefined) => {
    const words = distinctiveWords(tidy(text), checks);
    return words.length > 0 && words.some((word) => lower.includes(word));
  };
  if (hook && hook.kind !== 'role' && mentions(hook.text)) return {};
  // What we share is theirs too: "we both studied at …".
  if (checks.shared.test(body)) return {};
  if (checks.theirWork.test(body)) return {};
  const title = profile?.current?.title;
  const fromProfile = [title, ...(profile?.featured ?? []).map((item) => item.title), ...(hook ? [hook.text] : [])];
  if (fromProfile.some(mentions)) {
    const company = tidy(profile?.current?.company);
    const onlyCompany = company && isBigEmployer(company) && !mentions(title) && !(profile?.featured ?? []).some((item) => mentions(item.title));
    return onlyCompany ? { employerOnly: company } : {};
  }
  const company = tidy(profile?.current?.company);
  if (company && mentions(company)) return isBigEmployer(company) ? { employerOnly: company } : {};
  if (checks.theirRole.test(body)) {
    const at = checks.workAt.exec(body)?.[1]?.trim();
    return at && isBigEmployer(at) ? { employerOnly: at } : {};
  }
  return undefined;
}

/** The greeting names them, but a name alone is not research. */
function withoutGreeting(body: string, checks: CheckWords): string {
  return body.replace(checks.greeting, '');
}

/** Word sequences, for telling two messages apart regardless of the names in them. */
function shingles(text: string, checks: CheckWords): Set<string> {
  const words = withoutGreeting(text, checks).toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const set = new Set<string>();
  for (let index = 0; index + 3 <= words.length; index += 1) set.add(words.slice(index, index + 3).join(' '));
  return set;
}

/** Who the first saved message that shares most of its word sequences with this one was for. */
function nearlySame(body: string, saved: readonly SavedMessage[], checks: CheckWords): string | undefined {
  const mine = shingles(body, checks);
  if (mine.size < 8) return undefined;
  for (const other of saved) {
    const theirs = shingles(other.body, checks);
    let shared = 0;
    for (const piece of mine) if (theirs.has(piece)) shared += 1;
    if (shared / Math.min(mine.size, theirs.size || 1) >= 0.8) return other.who;
  }
  return undefined;
}

/** Words that point at this person: long enough and not common, or any run of letters in a script without spaces. */
function distinctiveWords(text: string, checks: CheckWords): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.flatMap((word) => {
    if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u.test(word)) return [word.slice(0, 2)];
    return word.length >= 3 && !checks.commonWords.has(word) ? [word] : [];
  });
}
