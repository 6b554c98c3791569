import { readEnglishPhrase } from './en-phrases';
import { lowerFirstWord } from './shape';
import { listOf, tidy } from './text';
import type { TypedPhrase } from './typed-phrase';
import type { FollowUpWords } from './types';

/** What the follow-up drafts say in English: apart from the first message's words, so that a first draft does not carry them. */
export const englishFollowUps: FollowUpWords = {
  checkIn: {
    subject: 'Checking in',
    // The guide's own words for a gentle, no-pressure check-in; it recalls the ask, not the hook.
    body: (minutes: number, topic: string) =>
      `I hope you're doing well. I just wanted to check in on my earlier note asking for a ${minutes}-minute chat${topic ? ` about ${topic}` : ''}. I know how busy things can get, so no pressure at all, but I'd love to connect when you have a moment.`,
  },
  askedAbout: /\b(?:questions?|chat|call|minutes|talk)\s+(?:about|on)\s+([^.,;?!\n]{3,80})/i,
  askedTail: /\s+(?:in the coming weeks|in the next few weeks|whenever suits you|at a time that suits you)$/i,
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
    you: (when: string) => `You: ${when}`,
    theirs: (when: string) => `Them: ${when}`,
    locale: 'en-GB',
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
    shortGoal: (goal) =>
      goal.form === 'sentence' || goal.form === 'past'
        ? ''
        : `If you were in my position and ${goal.form === 'imperative' ? `wanted ${toInfinitive(goal.text)}` : goal.form === 'ing' ? `were ${goal.text}` : `working towards ${goal.text}`} in the next six months, what would you focus on first?`,
    longGoal: (goal) =>
      goal.form === 'sentence' || goal.form === 'past'
        ? ''
        : `What would you look for in someone ${goal.form === 'imperative' ? `who hopes ${toInfinitive(goal.text)}` : `working towards ${goal.text}`} in the next few years?`,
    general: [
      'What is one decision in your career you would make differently, and why?',
      'What habits have helped you most as you grew in your field?',
      'Who else do you think I should learn from, and what should I ask them?',
    ],
  },
  readPhrase: readEnglishPhrase,
  thankYou: {
    subject: 'Thank you for your time today',
    body: (takeaways) => {
      if (!takeaways.length) return 'Thank you again for your time today, and for sharing your experience so openly.';
      const phrases = takeaways.filter(({ form }) => form !== 'sentence' && form !== 'past');
      const said = takeaways.filter(({ form }) => form === 'sentence').map(({ text }) => `"${text}"`);
      const done = takeaways.filter(({ form }) => form === 'past').map(({ text }) => `Thanks to you, I ${text}.`);
      const to = phrases.filter(({ form }) => form === 'imperative').map(({ text }) => toInfinitive(text));
      const on = phrases.filter(({ form }) => form !== 'imperative').map(({ text }) => text);
      const advice = [...to, ...(on.length ? [`on ${listOf(on)}`] : [])];
      // "Your advice to start with one workflow, not the whole ward, was…": a phrase with a comma is closed by one.
      const aside = phrases.some(({ text }) => text.includes(',')) ? ',' : '';
      return [
        'Thank you again for your time today.',
        advice.length ? `Your advice ${listOf(advice)}${aside} was incredibly helpful, and I am already thinking about how to put it into practice.` : '',
        said.length ? `${said.length > 1 ? 'Two things you said have' : 'One thing you said has'} stayed with me: ${listOf(said)}` : '',
        ...done,
        advice.length || !said.length ? '' : 'I am already thinking about how to put it into practice.',
      ]
        .filter(Boolean)
        .join(' ');
    },
    addTakeaways:
      'Name one or two things you took away (the guide: "mention one or two key takeaways"): write them under Takeaways for this contact and the draft will include them.',
    checkInLater: "If you'd be open to it, I'd love to check in again in a couple of months to update you on my progress.",
    within24Hours: 'Send this within 24 hours of your chat, while it is fresh for both of you.',
  },
  progress: {
    subject: 'A short update, and thank you',
    body: (advice, tried) => {
      const report = tried && whatIDid(tried);
      if (advice?.form === 'sentence') return `You told me: "${advice.text}" ${report ? `Since then, ${report}.` : 'I have started putting it into practice, and it is already helping.'}`;
      // Advice typed as something done ("sent four applications") is what I did with it.
      if (advice?.form === 'past') return `Following your advice, I ${advice.text}${report ? `, and ${report.replace(/^here is what I have worked on: /, 'I have also done this: ')}` : ''}.`;
      const lead = advice && (advice.form === 'imperative' ? `Following your advice ${toInfinitive(advice.text)}` : `Following your advice on ${advice.text}`);
      if (lead && report) return `${lead}, ${report}.`;
      if (lead) return `${lead}, I have started putting it into practice, and it is already helping.`;
      if (tried?.form === 'noun') return `Since our chat, I have been working on ${tried.text}.`;
      if (tried?.form === 'sentence') return `I wanted to share a short update since our chat. ${tried.text}`;
      if (report) return `I wanted to share a short update since our chat: ${report}.`;
      return 'I wanted to share a short update since our chat: I have been putting your advice into practice, and it is already helping.';
    },
    thanks: 'Thank you again for taking the time to help me. I would be glad to hear how things are going for you, too.',
  },
  keepInTouch: {
    subject: 'A short update',
    body: (goal) => {
      // Without a goal there is no update to give: the note says thank you and does not promise one.
      if (!goal) return 'It has been a couple of months since our chat, and I wanted to thank you again: your advice keeps helping.';
      if (goal.form === 'sentence') return `It has been a couple of months, so I wanted to share where I am. ${goal.text} Your advice keeps helping.`;
      const where = { imperative: `I am still working ${toInfinitive(goal.text)}`, ing: stative.test(goal.text) ? `I am still working on ${goal.text}` : `I am still ${goal.text}`, noun: `I am still working on ${goal.text}`, past: `I ${goal.text}` }[goal.form];
      return `It has been a couple of months, so I wanted to share where I am: ${where}, and your advice keeps helping.`;
    },
    ask: (minutes: number) =>
      `If you have ${minutes} minutes in the coming weeks, I would value your view on my next step. I am flexible and happy to work around your schedule.`,
  },
  mismatch: {
    subject: 'Thank you for your guidance',
    // The guide's graceful close for a mismatch.
    body: (need) => {
      const opening = 'Thank you so much for your initial guidance.';
      const close = "I'm so grateful for the clarity you've provided.";
      if (!need) return `${opening} You've helped me see more clearly what kind of help I need next. ${close}`;
      if (need.form === 'sentence' || need.form === 'past') return `${opening} You've helped me see more clearly what I need next. ${need.form === 'past' ? `I ${need.text}.` : need.text} ${close}`;
      const someone =
        need.form === 'imperative'
          ? `someone who can help me ${need.text}`
          : /^(?:someone|somebody|people|a (?:mentor|person|guide)|an? \S+ (?:mentor|person|expert))/i.test(need.text)
            ? need.text
            : `someone with deeper experience in ${need.text}`;
      return `${opening} You've helped me realize that what I actually need is ${someone}. ${close}`;
    },
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

/** "to start small", and "not to chase every stakeholder" for advice typed as "Don't chase…". */
function toInfinitive(verb: string): string {
  return verb.startsWith('not ') ? `not to ${verb.slice(4)}` : `to ${verb}`;
}

/** What I did, as a clause that follows "Following your advice to …,": "I sent four applications". */
function whatIDid(tried: TypedPhrase): string {
  switch (tried.form) {
    case 'past':
      return `I ${tried.text}`;
    case 'imperative':
      return tried.pastToo ? `I ${tried.text}` : `I decided ${toInfinitive(tried.text)}`;
    case 'ing':
      return stative.test(tried.text) ? `I have been working on ${tried.text}` : `I have been ${tried.text}`;
    case 'noun':
      return `here is what I have worked on: ${tried.text}`;
    case 'sentence':
      return `here is what happened: ${lowerFirstWord(tried.text.replace(/[.!]$/, ''))}`;
  }
}

/** Verbs that say a state, not an action: "I am still understanding…" is not English; "working on understanding…" is. */
const stative = /^(?:understanding|knowing|being|having|seeing|believing|wanting|needing|owning|belonging)\b/i;
