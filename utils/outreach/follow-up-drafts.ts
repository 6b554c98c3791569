import type { Profile } from '@/utils/linkedin/profile';
import { meetingTimesText } from '@/utils/meeting/meeting-times';
import type { FollowUpKind } from '@/utils/relationship/stages';
import { differenceInCalendarMonths } from 'date-fns';
import type { Hook } from './hooks';
import { type Me, questionTopicOf } from './me';
import { asInfinitive, listOf, lowerFirst, tidy } from './text';
import { firstNameOf } from './names';
import { closes, greetings } from './wording';

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
export function draftFollowUp(kind: FollowUpDraftKind, context: FollowUpContext, me: Me): FollowUpDraft {
  const first = firstNameOf(context.profile?.name, context.profile?.firstName);
  const letter = (subject: string, ...paragraphs: string[]): FollowUpDraft => ({
    subject,
    body: [first ? greetings.informal(first) : greetings.neutral, ...paragraphs.filter(Boolean), signOff(me)]
      .filter(Boolean)
      .join('\n\n'),
  });
  const minutes = context.askMinutes ?? me.askMinutes;
  const takeaways = (context.takeaways ?? []).map(tidy).filter(Boolean).slice(0, 2);

  switch (kind) {
    case 'check-in':
      return letter(text.checkIn.subject, text.checkIn.body(minutes, askedAbout(context.outreach) || questionTopicOf(me)));
    case 'move-on':
      return { body: '', checklist: text.moveOn };
    case 'withdraw-invitation':
      return { body: '', checklist: text.withdrawInvitation };
    case 'log-reply':
      return { body: '', checklist: text.logReply };
    case 'schedule-chat':
      return letter(text.schedule.subject, text.schedule.thanks(minutes), text.schedule.times, text.schedule.invite);
    case 'meeting-prep':
      return meetingPrep(context, me, minutes, first);
    case 'thank-you':
      // Without takeaways the draft thanks them plainly and asks me for them: it never invents praise.
      return {
        ...letter(text.thankYou.subject, text.thankYou.body(takeaways), text.thankYou.checkInLater),
        checklist: [text.thankYou.within24Hours, ...(takeaways.length ? [] : [text.thankYou.addTakeaways])],
      };
    case 'progress-update':
      return letter(text.progress.subject, text.progress.body(tidy(context.advice), tidy(context.whatITried)), text.progress.thanks);
    case 'keep-in-touch':
      return letter(text.keepInTouch.subject, text.keepInTouch.body(asInfinitive(tidy(me.shortTermGoal))), text.keepInTouch.ask(minutes));
    case 'mismatch':
      return letter(text.mismatch.subject, text.mismatch.body(tidy(context.needInstead)));
    case 'natural-end':
      return letter(text.naturalEnd.subject, text.naturalEnd.body(periodSince(context.since, context.now)));
  }
}

/** What the first message asked to talk about: "…a 15-minute chat about reverse logistics…" → "reverse logistics". */
function askedAbout(outreach: string | undefined): string {
  const match = /\b(?:questions?|chat|call|minutes|talk)\s+(?:about|on)\s+([^.,;?!\n]{3,80})/i.exec(outreach ?? '');
  return match?.[1]?.replace(/\s+(?:in the coming weeks|in the next few weeks|whenever suits you|at a time that suits you)$/i, '').trim() ?? '';
}

function signOff(me: Me): string {
  const name = tidy(me.signature) || tidy(me.name);
  return name ? closes.signOffLetter(name) : '';
}

function periodSince(since: number | undefined, now: number): string {
  if (since === undefined) return text.naturalEnd.periodUnknown;
  const months = differenceInCalendarMonths(now, since);
  return months >= 11 ? text.naturalEnd.periodYear : text.naturalEnd.periodMonths;
}

function meetingPrep(context: FollowUpContext, me: Me, minutes: number, first: string): FollowUpDraft {
  const who = first || text.prep.them;
  const when =
    context.meetingAt === undefined
      ? []
      : meetingTimesText({ start: context.meetingAt, myZone: me.timeZone, theirZone: context.theirTimeZone });
  return {
    body: text.prep.summary(minutes, who, when),
    checklist: [...prepQuestions(context.profile, context.hook, me), ...text.prep.reminders(minutes, context.outreach)],
  };
}

/**
 * 3-5 open-ended questions drawn from their profile and my goals. Each asks for judgement
 * or experience, never a fact their profile already shows ("do not ask things you could find
 * on Google or their LinkedIn profile").
 */
export function prepQuestions(profile: Profile | undefined, hook: Pick<Hook, 'text' | 'source'> | undefined, me: Me): string[] {
  const role = tidy(profile?.current?.title);
  const company = tidy(profile?.current?.company);
  const pastCompany = profile?.experience.map((job) => tidy(job.company)).find((name) => name && name !== company);
  const skill = lowerFirst(tidy(me.skillsMissing));
  const shortGoal = asInfinitive(tidy(me.shortTermGoal)) ?? lowerFirst(tidy(me.shortTermGoal));
  const longGoal = asInfinitive(tidy(me.longTermGoal)) ?? lowerFirst(tidy(me.longTermGoal));
  const specific = [
    hook && /^(?:featured|recent|their|publication|project|about)\b/i.test(hook.source) ? text.questions.hook(tidy(hook.text)) : '',
    role && pastCompany ? text.questions.move(pastCompany, role) : role ? text.questions.role(role) : '',
    skill ? text.questions.skill(skill) : '',
    shortGoal ? text.questions.shortGoal(shortGoal) : '',
    longGoal ? text.questions.longGoal(longGoal) : '',
  ].filter(Boolean);
  return [...specific, ...text.questions.general].slice(0, Math.max(3, Math.min(5, specific.length)));
}

/** What the follow-up drafts say, in one place. */
const text = {
  checkIn: {
    subject: 'Checking in',
    // The guide's own words for a gentle, no-pressure check-in; it recalls the ask, not the hook.
    body: (minutes: number, topic: string) =>
      `I hope you're doing well. I just wanted to check in on my earlier note asking for a ${minutes}-minute chat${topic ? ` about ${topic}` : ''}. I know how busy things can get, so no pressure at all, but I'd love to connect when you have a moment.`,
  },
  logReply: [
    'Their reply is in the conversation you opened on LinkedIn. Read it there.',
    'Log it here: the gentle check-in is no longer needed, and the next step is proposing times for the chat.',
  ],
  withdrawInvitation: [
    'Your invitation has waited three weeks without an answer.',
    'Withdraw it yourself on LinkedIn (My Network, Manage, Sent): many invitations left pending can get an account restricted, and a withdrawn one can be sent again after three weeks.',
    "The guide's advice: if there is still no response, it is best to move on. Put your energy into your next outreach.",
  ],
  moveOn: [
    'There has been no reply to your first message or to your check-in.',
    "The guide's advice: if there is still no response, it is best to move on. Close this contact as No response.",
    'It is not about you: people get overwhelmed. Put your energy into your next outreach.',
  ],
  schedule: {
    subject: 'Thank you, and a time for our chat',
    thanks: (minutes: number) => `Thank you so much for replying, and for being open to a ${minutes}-minute chat.`,
    times:
      "I'm flexible and happy to work around your schedule. Could you let me know two or three times that suit you in the coming weeks?",
    invite: "I'll send a calendar invitation in your time zone as soon as we agree on one.",
  },
  prep: {
    them: 'them',
    summary: (minutes: number, who: string, when: string[]) =>
      [`Your ${minutes}-minute chat with ${who}.`, ...when].join('\n'),
    reminders: (minutes: number, outreach: string | undefined) => [
      outreach ? `Re-read your first message: "${tidy(outreach)}"` : 'Re-read the first message you sent them.',
      'Be on time, and listen more than you talk. Take notes, and ask follow-up questions based on what they say.',
      `Keep to the ${minutes} minutes you asked for. A few minutes before the end, say: "I know we're coming up on the ${minutes} minutes I requested, and I want to be respectful of your time."`,
      'End by thanking them, and send a thank-you within 24 hours.',
    ],
  },
  questions: {
    hook: (hook: string) => `When you wrote "${hook}", what experience led you to that view?`,
    move: (from: string, role: string) =>
      `Looking back on your move from ${from} to your role as ${role}, what do you wish you had known before you made it?`,
    role: (role: string) => `What has surprised you most about your work as ${role}?`,
    skill: (skill: string) => `What would you do first to get good at ${skill}, if you were starting today?`,
    shortGoal: (goal: string) => `If you were in my position and wanted to ${goal} in the next six months, what would you focus on first?`,
    longGoal: (goal: string) => `What would you look for in someone who hopes to ${goal} in the next few years?`,
    general: [
      'What is one decision in your career you would make differently, and why?',
      'What habits have helped you most as you grew in your field?',
      'Who else do you think I should learn from, and what should I ask them?',
    ],
  },
  thankYou: {
    subject: 'Thank you for your time today',
    body: (takeaways: string[]) =>
      takeaways.length
        ? `Thank you again for your time today. Your advice on ${listOf(takeaways)} was incredibly helpful, and I am already thinking about how to put it into practice.`
        : 'Thank you again for your time today, and for sharing your experience so openly.',
    addTakeaways:
      'Name one or two things you took away (the guide: "mention one or two key takeaways"): write them under Takeaways for this contact and the draft will include them.',
    checkInLater: "If you'd be open to it, I'd love to check in again in a couple of months to update you on my progress.",
    within24Hours: 'Send this within 24 hours of your chat, while it is fresh for both of you.',
  },
  progress: {
    subject: 'A short update, and thank you',
    body: (advice: string, tried: string) => {
      if (advice && tried) return `Following your advice to ${lowerFirst(advice)}, I ${tried}.`;
      if (advice) return `Following your advice to ${lowerFirst(advice)}, I have started putting it into practice, and it is already helping.`;
      if (tried) return `I wanted to share a short update since our chat: I ${tried}.`;
      return 'I wanted to share a short update since our chat: I have been putting your advice into practice, and it is already helping.';
    },
    thanks: 'Thank you again for taking the time to help me. I would be glad to hear how things are going for you, too.',
  },
  keepInTouch: {
    subject: 'A short update',
    body: (goal: string | undefined) =>
      goal
        ? `It has been a couple of months, so I wanted to share where I am: I am still working to ${goal}, and your advice keeps helping.`
        : 'It has been a couple of months, so I wanted to share where I am and say thank you again for your help.',
    ask: (minutes: number) =>
      `If you have ${minutes} minutes in the coming weeks, I would value your view on my next step. I am flexible and happy to work around your schedule.`,
  },
  mismatch: {
    subject: 'Thank you for your guidance',
    // The guide's graceful close for a mismatch.
    body: (need: string) =>
      need
        ? `Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone with deeper experience in ${lowerFirst(need)}. I'm so grateful for the clarity you've provided.`
        : "Thank you so much for your initial guidance. You've helped me see more clearly what kind of help I need next. I'm so grateful for the clarity you've provided.",
  },
  naturalEnd: {
    subject: 'Thank you',
    periodYear: 'the past year',
    periodMonths: 'the past months',
    periodUnknown: 'our conversations',
    // The guide: "This is a success, not a failure! Acknowledge it openly."
    body: (period: string) =>
      `I feel I've grown so much thanks to your guidance over ${period}. I've achieved the goals we set out, and I can't thank you enough. I'd love to stay in touch as I move into this next phase.`,
  },
};
