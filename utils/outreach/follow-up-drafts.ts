import type { Profile } from '@/utils/linkedin/profile';
import { meetingTimeText } from '@/utils/meeting/meeting-times';
import type { FollowUpKind } from '@/utils/relationship/stages';
import { differenceInCalendarMonths } from 'date-fns';
import type { Hook } from './hooks';
import type { Me } from './me';
import { tidy } from './wording/text';
import { greetingNameOf, greetingOf } from './names';
import type { DraftLanguage } from './their-language';
import { type FollowUpWording, followUpWordingFor } from './wording/follow-ups';
import { readPhrase } from './wording/typed-phrase';

export type FollowUpDraftKind = FollowUpKind | 'mismatch' | 'natural-end';

/** What a follow-up draft needs to know about the contact's history. */
export interface FollowUpContext {
  profile?: Profile;
  /** The hook the first message cited, as the contact keeps it. */
  hook?: Pick<Hook, 'text' | 'source'>;
  askMinutes?: 15 | 20;
  /** When the chat is (epoch ms). */
  meetingAt?: number;
  /** Their IANA time zone, when known. */
  theirTimeZone?: string;
  /** The first message as sent, to re-read before the chat. */
  outreach?: string;
  /** One or two things learned in the chat: "how to frame a budget for a CFO". */
  takeaways?: string[];
  /** Advice received, as it would follow "your advice to": "connect with the data science team". */
  advice?: string;
  /** What I did with it, as it would follow "I": "set up a meeting and learned how they plan their quarter". */
  whatITried?: string;
  /** For a mismatch: what I need instead, as it would follow "deeper experience in". */
  needInstead?: string;
  /** When the relationship began (epoch ms), for a natural end. */
  since?: number;
  now: number;
}

export interface FollowUpDraft {
  subject?: string;
  body: string;
  /** Meeting preparation: questions and reminders; for "move on", what to do instead of writing. */
  checklist?: string[];
}

/**
 * The guide's later steps as drafts: the gentle check-in and moving on (Hurdles: ghosting),
 * preparing for and thanking after the chat (Step 4), reporting back (Cultivating the bond:
 * apply the advice and report back), and closing gracefully (Hurdles: mismatch, natural end).
 */
export function draftFollowUp(kind: FollowUpDraftKind, context: FollowUpContext, me: Me, language: DraftLanguage = me.language): FollowUpDraft {
  const words = followUpWordingFor(language);
  const { greetings, followUps: text } = words;
  const first = greetingNameOf(context.profile);
  const letter = (subject: string, ...paragraphs: string[]): FollowUpDraft => ({
    subject,
    body: [greetingOf(context.profile ?? {}, greetings, false).text, ...paragraphs.filter(Boolean).map((paragraph, index) => (index === 0 ? words.afterGreeting(paragraph, false) : paragraph)), signOff(me, words)]
      .filter(Boolean)
      .join('\n\n'),
  });
  const minutes = context.askMinutes ?? me.askMinutes;
  // The user's words in whatever form they typed them: each frame fits its form (typed-phrase.ts).
  const typed = (text: string | undefined) => {
    const phrase = readPhrase(text, words.followUps.readPhrase);
    return phrase.text ? phrase : undefined;
  };
  const takeaways = (context.takeaways ?? []).map(typed).filter((phrase) => phrase !== undefined).slice(0, 2);

  switch (kind) {
    case 'check-in':
      return letter(text.checkIn.subject, text.checkIn.body(minutes, askedAbout(context.outreach, words) || words.topicOf(me)));
    case 'move-on':
      return { body: '', checklist: text.moveOn };
    case 'withdraw-invitation':
      return { body: '', checklist: text.withdrawInvitation };
    case 'log-reply':
      return { body: '', checklist: text.logReply };
    case 'schedule-chat':
      return letter(text.schedule.subject, text.schedule.thanks(minutes), text.schedule.times, text.schedule.invite);
    case 'meeting-prep':
      return meetingPrep(context, me, minutes, first, words);
    case 'thank-you':
      // Without takeaways the draft thanks them plainly and asks me for them: it never invents praise.
      return {
        ...letter(text.thankYou.subject, text.thankYou.body(takeaways), text.thankYou.checkInLater),
        checklist: [text.thankYou.within24Hours, ...(takeaways.length ? [] : [text.thankYou.addTakeaways])],
      };
    case 'progress-update':
      return letter(text.progress.subject, text.progress.body(typed(context.advice), typed(context.whatITried)), text.progress.thanks);
    case 'keep-in-touch':
      return letter(text.keepInTouch.subject, text.keepInTouch.body(typed(me.shortTermGoal) ?? typed(me.longTermGoal)), text.keepInTouch.ask(minutes));
    case 'mismatch':
      return letter(text.mismatch.subject, text.mismatch.body(typed(context.needInstead)));
    case 'natural-end':
      return letter(text.naturalEnd.subject, text.naturalEnd.body(periodSince(context.since, context.now, words)));
  }
}

/** What the first message asked to talk about: "…a 15-minute chat about reverse logistics…" → "reverse logistics". */
function askedAbout(outreach: string | undefined, { followUps }: FollowUpWording): string {
  const match = followUps.askedAbout.exec(outreach ?? '');
  return match?.[1]?.replace(followUps.askedTail, '').trim() ?? '';
}

function signOff(me: Me, words: FollowUpWording): string {
  const name = tidy(me.signature) || tidy(me.name);
  return name ? words.closes.signOffLetter(name) : '';
}

function periodSince(since: number | undefined, now: number, { followUps: text }: FollowUpWording): string {
  if (since === undefined) return text.naturalEnd.periodUnknown;
  const months = differenceInCalendarMonths(now, since);
  return months >= 11 ? text.naturalEnd.periodYear : text.naturalEnd.periodMonths;
}

function meetingPrep(context: FollowUpContext, me: Me, minutes: number, first: string, words: FollowUpWording): FollowUpDraft {
  const { prep } = words.followUps;
  const who = first || prep.them;
  const start = context.meetingAt;
  const theirs = context.theirTimeZone;
  // The meeting in my zone and, when known and different, in theirs (guide: acknowledge time zones).
  const when =
    start === undefined
      ? []
      : [
          prep.you(meetingTimeText(start, me.timeZone, prep.locale)),
          ...(theirs && theirs !== me.timeZone ? [prep.theirs(meetingTimeText(start, theirs, prep.locale))] : []),
        ];
  return {
    body: prep.summary(minutes, who, when),
    checklist: [...prepQuestions(context.profile, context.hook, me, words.language), ...prep.reminders(minutes, context.outreach)],
  };
}

/**
 * 3-5 open-ended questions drawn from their profile and my goals. Each asks for judgement
 * or experience, never a fact their profile already shows ("do not ask things you could find
 * on Google or their LinkedIn profile").
 */
export function prepQuestions(profile: Profile | undefined, hook: Pick<Hook, 'text' | 'source'> | undefined, me: Me, language: DraftLanguage = me.language): string[] {
  const { lowerFirst, followUps: text } = followUpWordingFor(language);
  const role = tidy(profile?.current?.title);
  const company = tidy(profile?.current?.company);
  const pastCompany = profile?.experience.map((job) => tidy(job.company)).find((name) => name && name !== company);
  const skill = lowerFirst(tidy(me.skillsMissing));
  const shortGoal = readPhrase(me.shortTermGoal, text.readPhrase);
  const longGoal = readPhrase(me.longTermGoal, text.readPhrase);
  const specific = [
    hook && /^(?:featured|recent|their|publication|project|about)\b/i.test(hook.source) ? text.questions.hook(tidy(hook.text)) : '',
    role && pastCompany ? text.questions.move(pastCompany, role) : role ? text.questions.role(role) : '',
    skill ? text.questions.skill(skill) : '',
    shortGoal.text ? text.questions.shortGoal(shortGoal) : '',
    longGoal.text ? text.questions.longGoal(longGoal) : '',
  ].filter(Boolean);
  return [...specific, ...text.questions.general].slice(0, Math.max(3, Math.min(5, specific.length)));
}

