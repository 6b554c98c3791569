/**
 * The checker's English: what each finding says (the guide's reason and advice) and the
 * patterns that find it. The direct ask in Spanish, French, German and Portuguese is caught in
 * an English message too.
 */
import { type CheckWords, type Explained, commonPlaceholders } from './types';
import type { FindingId } from './types';

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
  'sponsorship-ask': (phrase) => ({
    severity: 'error',
    message: `"${phrase}" asks them to recommend you before they know your work.`,
    advice:
      'A mentor recommends someone for a project or a role once they have come to trust their work; a stranger cannot vouch for work they have not seen. Ask for 15-20 minutes about how they got where they are, or what the role needs. A recommendation can come later, from them.',
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
    message: `"${phrase}" asks for more time, or a longer commitment, than a first message should.`,
    advice: 'Start a conversation: ask for a small, specific amount of their time, such as a 15-20 minute chat. An ongoing arrangement can grow later, from them.',
  }),
  pushy: (phrase) => ({
    severity: 'warning',
    message: `"${phrase}" puts pressure on them.`,
    advice: 'Show respect for their time and be flexible: "I am flexible and happy to work around your schedule." A deadline or a call they did not agree to reads as pressure.',
  }),
  'employer-only': (company) => ({
    severity: 'warning',
    message: `The only thing about them is that they work at ${company}: thousands of people do.`,
    advice: 'Mention a specific article they wrote, a talk they gave, or a project they led that resonated with you.',
  }),
  'same-as-saved': (who) => ({
    severity: 'warning',
    message: `This message is nearly the same as the one you saved for ${who}.`,
    advice: 'A generic, thoughtless message will be ignored: make the opening and the reason you write to them their own.',
  }),
  'no-citable-hook': () => ({
    severity: 'warning',
    message: 'Nothing on their profile is specific enough to cite, so the opening is general.',
    advice: 'Mention a specific article they wrote, a talk they gave, or a project they led: choose "Something else" and write it in your own words.',
  }),
  'no-introduction': () => ({
    severity: 'warning',
    message: 'The message does not say who you are.',
    advice: 'Briefly introduce yourself: your role, your organization and your current focus. Add a one-line introduction in Me.',
  }),
  'intro-left-out': (limit) => ({
    severity: 'warning',
    message: `${limit} characters had no room to say who you are.`,
    advice: 'Shorten the first part of your introduction in Me ("a supply chain lead at Rhine Parcel"), or what your questions are about, so that the note can say both.',
  }),
  'no-why-them': () => ({
    severity: 'tip',
    message: 'Nothing on their profile matches the mentor you look for, so the draft does not say why you chose them.',
    advice: 'Connect your purpose to their expertise in your own words, or look for someone whose experience matches your goals.',
  }),
  'me-in-other-language': () => ({
    severity: 'warning',
    message: 'Who you are and what you want to ask come from Me, where they are written in another language than this message.',
    advice: 'Write them in this message’s language in the parts below (or draft in the language of Me) before you send it.',
  }),
  'no-persona': () => ({
    severity: 'tip',
    message: 'The draft cannot say why you chose them: Me has no mentor persona yet.',
    advice: 'Write the experience and skills you look for in a mentor in Me; the draft then names what they share with it.',
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

const mentorWords = String.raw`(?:mentor|mentora|mentore|mentorin|coach|guide|sponsor|advisor|adviser|role model|tutor|sounding board)`;
/** How long an arrangement runs: "over the next year", "every couple of weeks" (not "in the coming weeks", which says when). */
const forAStretch = String.raw`(?:(?:over|during|for|throughout)\s+the\s+(?:next|coming)\s+(?:few\s+|several\s+|couple\s+of\s+|six\s+|twelve\s+)?(?:year|years|months|quarters?)|throughout\s+(?:the\s+year|my\s+(?:career|first\s+year|transition))|every\s+(?:week|month|fortnight|(?:couple\s+of|few|other|two|three)\s+(?:weeks|months))|on\s+an?\s+(?:ongoing|regular|continuing)\s+basis|regularly|long[-\s]term|as\s+I\s+grow)`;
const mentorshipAsks = [
  new RegExp(String.raw`\b(?:be|become|becoming|being|act as|serve as)\s+(?:my|a|an|our)\s+(?:(?:long-term|personal|career|formal|official)\s+)?${mentorWords}\b`, 'i'),
  new RegExp(String.raw`\b(?:(?:seeking|looking for|find|need|want)\s+(?:a\s+)?(?:mentor|mentorship|mentoring|coaching|sponsorship)|(?:mentorship|mentoring|coaching)\s+from\s+you)\b`, 'i'),
  /\b(?:mentor|coach|sponsor)\s+me\b/i,
  /\b(?:would|could|will|can)\s+you\s+(?:consider\s+)?(?:mentor|coach|sponsor|guid)(?:e|ing)?\b(?!\s+(?:to|for|on)\b)/i,
  /\bguide\s+me\b(?:[^.?!]*\b(?:long[-\s]term|ongoing|regular|over time|through my career))?/i,
  /\bpick\s+your\s+brains?\b/i,
  new RegExp(String.raw`\bshow\s+me\s+the\s+ropes\b(?:[^.?!]*?\b${forAStretch})?`, 'i'),
  // Guidance that runs for a stretch of time is the open-ended ask, whatever it is called.
  new RegExp(String.raw`\b(?:(?:advise|coach|steer|support|check\s+in\s+with)\s+me|help\s+me\s+(?:navigate|grow|along|through|find\s+my\s+way)|walk\s+me\s+through)\b[^.?!]*?\b${forAStretch}`, 'i'),
  /\b(?:take|took)\s+me\s+under\s+your\s+wing\b/i,
  // The direct ask in Spanish, French, German and Portuguese.
  /\b(?:ser|seas|fueras|fuera)\s+mi\s+(?:mentor|mentora|coach|guía)\b|\bmi\s+(?:mentor|mentora)\b/i,
  /\b(?:être|devenir)\s+(?:mon|ma)\s+(?:mentor|mentore|coach)\b|\b(?:mon|ma)\s+(?:mentor|mentore)\b/i,
  /\b(?:mein|meine|meinen)\s+(?:mentor|mentorin|coach)\b/i,
  /\b(?:ser|seja|fosse)\s+(?:meu|minha)\s+(?:mentor|mentora|coach)\b|\b(?:meu|minha)\s+(?:mentor|mentora)\b/i,
];
const timeBoxes = /\b(?:\d{1,2}|five|ten|fifteen|twenty|thirty)[\s-]?(?:minutes?|mins?)\b/i;
const bigAsks = [
  /\b(?:for|take|takes|need|spend|give me|have|book)\s+(?:an|one|1|a full|a whole)\s+hour\b/i,
  /\b(?:an|one)[\s-]hour[\s-](?:call|meeting|chat|session)\b|\bhour-long\b/i,
  /\b(?:45|60|90)[\s-]?minutes?\b/i,
  /\b(?:every|each)\s+(?:week|month|fortnight|(?:two|other|couple\s+of|few)\s+weeks?)\b/i,
  /\b(?:weekly|monthly|fortnightly|regular|recurring|ongoing)\s+(?:calls?|meetings?|check-?ins?|sessions?|chats?|basis)\b/i,
  /\b(?:long[-\s]term|ongoing)\s+(?:relationship|mentorship|guidance|support|commitment)\b/i,
  /\bon\s+a\s+regular\s+basis\b/i,
];
const pushy = [
  /\bI(?:'ll| will| am going to)\s+(?:call|phone|ring|message|email|follow up with)\s+you\b[^.?!]*/i,
  /\beither\s+way\b/i,
  /\b(?:by|before|no later than)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|week)|eod|eow)\b/i,
  // "By" a day is a deadline; "a reply by email" is only a way to answer.
  /\b(?:please\s+)?(?:reply|respond|answer|get back to me)\s+(?:asap|as soon as possible|today|immediately|urgently|quickly|by\s+(?:the\s+end|end|next|this|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|eow))\b[^.?!]*/i,
  /\bI\s+(?:expect|need)\s+(?:a|your)\s+(?:reply|response|answer)\b/i,
  /\b(?:urgent|asap|deadline)\b/i,
  /\bI\s+(?:will|'ll)\s+keep\s+(?:writing|messaging|following up)\b/i,
];
const easierWay =
  /\b(?:if\s+(?:you(?:'d|\s+would)?\s+prefer|(?:that|it)(?:'s|\s+is|\s+would\s+be)\s+easier|a\s+call\s+is\s+(?:hard|difficult|too\s+much))|instead|just\s+as\s+much|just\s+as\s+well|rather\s+than\s+a\s+call)\b/i;
const easyYes =
  /\b(?:flexible|your\s+schedule|your\s+calendar|suits?\s+you|works?\s+for\s+you|any\s*time\s+works|any\s+time|anytime|whatever\s+works|convenien(?:t|ce)|whenever|no\s+pressure|understand\s+if|your\s+time|if\s+you\s+are\s+open|if\s+you'?re\s+open|no\s+worries\s+if|fit\s+around)\b/i;
const genericOpeners = [
  /\bI\s+hope\s+this\s+(?:message|email|note|mail)?\s*finds\s+you\s+well\b/i,
  /\bI'?d\s+like\s+to\s+add\s+you\s+to\s+my\s+professional\s+network\b/i,
  /\bI\s+would\s+like\s+to\s+add\s+you\s+to\s+my\s+professional\s+network\b/i,
  /\bto\s+whom\s+it\s+may\s+concern\b/i,
  /\bdear\s+sir\s+or\s+madam\b/i,
  /\bI\s+came\s+across\s+your\s+profile\b/i,
  /\bI\s+am\s+writing\s+to\s+introduce\s+myself\b/i,
];
const placeholders = [...commonPlaceholders, /^\s*(?:hi|hello|dear|hey)\s+,/i];
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


export const englishChecks: CheckWords = {
  explanations,
  limitDetail: (length, most) => `${length} characters, ${most} at most`,
  mentorshipAsks,
  timeBoxes,
  bigAsks,
  pushy,
  easierWay,
  easyYes,
  genericOpeners,
  placeholders,
  idioms: idiomPattern,
  commonWords,
  shared: /\bwe\s+(?:have\s+)?both\s+(?:studied|worked)\s+at\b|\balso\s+(?:studied|worked)\s+at\b/i,
  theirWork:
    /\byour\s+(?:(?:recent|featured|latest|new|last|linkedin|book|conference)\s+)*(?:article|talk|keynote|post|book|podcast|episode|paper|research|presentation|panel|interview|webinar|project|piece|newsletter|video|course|thesis|study|report|essay|thread|about\s+section|years?\s+(?:as|at)|time\s+(?:as|at)|volunteering)\b/i,
  theirRole: /\byour\s+(?:career\s+path|current\s+(?:work|role)|work\s+(?:as|at|on))\b/i,
  workAt: /\byour\s+work\s+at\s+([^.,;!?]+)/i,
  greeting: /^\s*(?:hi|hello|dear|hey)\b[^,\n]{0,60},/i,
};
