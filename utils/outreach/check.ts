import type { Profile } from '@/utils/linkedin/profile';
import { type Account, type Channel, channelRules, lengthOf, limitFor } from './channels';
import type { Hook } from './hooks';
import { tidy } from './text';

export interface Finding {
  id: FindingId;
  severity: 'error' | 'warning' | 'tip';
  /** What is wrong, in plain words. */
  message: string;
  /** The guide's advice, quoted or close to it. */
  advice: string;
}

export type FindingId =
  | 'empty'
  | 'mentorship-ask'
  | 'no-hook'
  | 'no-time-box'
  | 'big-ask'
  | 'no-easy-yes'
  | 'over-limit'
  | 'subject-over-limit'
  | 'subject-missing'
  | 'generic-opener'
  | 'placeholder'
  | 'idiom';

export interface CheckContext {
  account?: Account;
  subject?: string;
  hook?: Hook;
  profile?: Profile;
}

type Explained = Omit<Finding, 'id'>;

/** What each finding says: the reason, and the guide's advice. */
const explanations: Record<FindingId, (detail: string) => Explained> = {
  empty: () => ({
    severity: 'error',
    message: 'The message is empty.',
    advice: 'Your outreach must be respectful, personalized, and specific.',
  }),
  'mentorship-ask': (phrase) => ({
    severity: 'error',
    message: `"${phrase}" asks them to be your mentor.`,
    advice:
      'The Golden Rule: do not ask "Will you be my mentor?" It implies a huge, undefined commitment. Ask for a small, specific amount of their time to discuss a particular topic.',
  }),
  'no-hook': () => ({
    severity: 'warning',
    message: 'Nothing in the message is specific to them.',
    advice:
      'Show you have done your research: mention a specific article they wrote, a talk they gave, or a project they led that resonated with you. A generic, thoughtless message will be ignored.',
  }),
  'no-time-box': () => ({
    severity: 'warning',
    message: 'The ask has no time limit.',
    advice: 'Ask for a small, finite amount of time for a specific purpose, such as a brief 15-20 minute virtual coffee chat.',
  }),
  'big-ask': (phrase) => ({
    severity: 'warning',
    message: `"${phrase}" asks for more time than a first message should.`,
    advice: 'Start a conversation: ask for a small, specific amount of their time, such as a 15-20 minute chat.',
  }),
  'no-easy-yes': () => ({
    severity: 'warning',
    message: 'Nothing makes it easy for them to say yes.',
    advice: 'End by showing respect for their time and being flexible: "I am flexible and happy to work around your schedule."',
  }),
  'over-limit': (detail) => ({
    severity: 'error',
    message: `The message is too long for this channel: ${detail}.`,
    advice: 'Keep the specific reference and the ask; shorten the rest.',
  }),
  'subject-over-limit': (detail) => ({
    severity: 'error',
    message: `The subject is too long for this channel: ${detail}.`,
    advice: 'A clear, professional subject line is short: "Question regarding your experience in SaaS product scaling".',
  }),
  'subject-missing': () => ({
    severity: 'warning',
    message: 'The subject line is empty.',
    advice: 'Use a clear, professional subject line, such as "Question regarding your experience in SaaS product scaling".',
  }),
  'generic-opener': (phrase) => ({
    severity: 'warning',
    message: `"${phrase}" is a generic opener.`,
    advice: 'Open with something specific of theirs that resonated with you, so they see you took the time to look at their work.',
  }),
  placeholder: (phrase) => ({
    severity: 'error',
    message: `"${phrase}" looks like a blank that was never filled in.`,
    advice: 'Replace it with the real words before you send: a message with a gap reads as generic.',
  }),
  idiom: (phrase) => ({
    severity: 'tip',
    message: `"${phrase}" is an idiom that may not translate.`,
    advice: 'Be mindful of idioms, slang and humor that might not translate well; say it in plain words.',
  }),
};

const mentorshipAsks = [
  /\b(?:be|become|being)\s+(?:my|a)\s+mentor\b/i,
  /\bmentor\s+me\b/i,
  /\bpick\s+your\s+brains?\b/i,
  /\b(?:take|took)\s+me\s+under\s+your\s+wing\b/i,
  /\bwould\s+you\s+(?:consider\s+)?mentor(?:ing)?\b/i,
];
const timeBoxes = /\b(?:\d{1,2}|five|ten|fifteen|twenty|thirty)[\s-]?(?:minutes?|mins?)\b/i;
const bigAsks = [/\b(?:an|one|1)\s+hour\b/i, /\b(?:45|60|90)[\s-]?minutes?\b/i, /\b(?:every|each)\s+week\b/i, /\bweekly\s+(?:calls?|meetings?)\b/i];
const easyYes =
  /\b(?:flexible|your\s+schedule|suits\s+you|works?\s+for\s+you|convenien(?:t|ce)|whenever|no\s+pressure|understand\s+if|your\s+time)\b/i;
const genericOpeners = [
  /\bI\s+hope\s+this\s+(?:message|email|note|mail)?\s*finds\s+you\s+well\b/i,
  /\bI'?d\s+like\s+to\s+add\s+you\s+to\s+my\s+professional\s+network\b/i,
  /\bI\s+would\s+like\s+to\s+add\s+you\s+to\s+my\s+professional\s+network\b/i,
  /\bto\s+whom\s+it\s+may\s+concern\b/i,
  /\bdear\s+sir\s+or\s+madam\b/i,
  /\bI\s+came\s+across\s+your\s+profile\b/i,
  /\bI\s+am\s+writing\s+to\s+introduce\s+myself\b/i,
];
const placeholders = [
  /\{\{[^}]*\}\}?|\{\{/,
  /\b(?:undefined|null|NaN)\b/,
  /\[[^\]\n]{1,40}\]/,
  /<[A-Za-z][A-Za-z ]{0,30}>/,
  /\b(?:TODO|TBD|XXX|FIXME)\b/,
  /^\s*(?:hi|hello|dear|hey)\s+,/i,
];
const idioms = [
  'touch base', 'circle back', 'hit the ground running', 'low-hanging fruit', 'ballpark', 'on the same page',
  'game changer', 'game-changer', 'move the needle', 'think outside the box', 'at the end of the day',
  'ducks in a row', 'no-brainer', 'bandwidth', 'deep dive', 'drop the ball', 'piece of cake', 'long story short',
  'rockstar', 'ninja', 'crush it', 'knock it out of the park', 'hit me up', 'wanna', 'gonna', 'ASAP', 'FYI',
  'btw', 'lol', 'hop on a call', 'grab a coffee', 'ping you', 'in the loop', 'reach out and touch', 'win-win',
  'ballpark figure', 'blue-sky', 'synergy', 'take it offline', 'loop you in', 'quick win', 'from the get-go',
];
const idiomPattern = new RegExp(`\\b(?:${idioms.map((idiom) => idiom.replace(/[-\s]/g, '[-\\s]')).join('|')})\\b`, 'i');

/** Words too common to show that a message is about this person. */
const commonWords = new Set(
  'the and for with from your you our their about into this that what when how why are was were have has of in on at to by a an as is it my me we i'.split(' '),
);

/**
 * Checks a message against the guide before it is sent: the Golden Rule, a specific hook,
 * a time-boxed ask, an easy yes, the channel's limit, and plain words across cultures.
 */
export function check(text: string, channel: Channel, context: CheckContext = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (id: FindingId, detail = '') => findings.push({ id, ...explanations[id](detail) });
  const body = text.trim();
  if (!body) {
    add('empty');
    return findings;
  }

  const mentorship = firstMatch(body, mentorshipAsks);
  if (mentorship) add('mentorship-ask', mentorship);
  if (!isSpecific(body, context)) add('no-hook');
  if (!timeBoxes.test(body)) add('no-time-box');
  const big = firstMatch(body, bigAsks);
  if (big) add('big-ask', big);
  if (!easyYes.test(body)) add('no-easy-yes');

  const limit = limitFor(channel, context.account ?? 'free');
  const length = lengthOf(text);
  if (length > limit.body) add('over-limit', `${length} characters, ${limit.body} at most`);
  const subject = context.subject;
  if (subject !== undefined && limit.subject !== undefined && lengthOf(subject) > limit.subject) {
    add('subject-over-limit', `${lengthOf(subject)} characters, ${limit.subject} at most`);
  }
  if (subject !== undefined && !subject.trim() && channelRules[channel].subject === 'required') add('subject-missing');

  const opener = firstMatch(body, genericOpeners);
  if (opener) add('generic-opener', opener);
  const gap = firstMatch(`${subject ?? ''}\n${body}`.trim(), placeholders);
  if (gap) add('placeholder', gap);
  const idiom = firstMatch(body, [idiomPattern]);
  if (idiom && !mentorship?.toLowerCase().includes(idiom.toLowerCase())) add('idiom', idiom);
  return findings;
}

function firstMatch(text: string, patterns: RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** Does the message cite something of theirs: the chosen hook, something from their profile, or a piece of their work? */
function isSpecific(body: string, { hook, profile }: CheckContext): boolean {
  const lower = body.toLowerCase();
  const mentions = (text: string | undefined) => {
    const words = distinctiveWords(tidy(text));
    return words.length > 0 && words.some((word) => lower.includes(word));
  };
  if (hook && mentions(hook.text)) return true;
  if (
    profile &&
    [profile.current?.company, profile.current?.title, ...profile.featured.map((item) => item.title)].some(mentions)
  ) {
    return true;
  }
  return /\byour\s+(?:(?:recent|featured|current)\s+)?(?:article|talk|keynote|post|book|podcast|paper|research|presentation|panel|interview|webinar|project|item|link|about\s+section|career\s+path|work\s+(?:as|at|on))\b|\byour\s+current\s+work\b/i.test(
    body,
  );
}

/** Words that point at this person: long enough and not common, or any run of letters in a script without spaces. */
function distinctiveWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.flatMap((word) => {
    if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u.test(word)) return [word.slice(0, 2)];
    return word.length >= 3 && !commonWords.has(word) ? [word] : [];
  });
}
