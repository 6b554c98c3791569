/**
 * Every phrase an English draft is made of, in one place, each traceable to the guide's
 * Step 3 ("Anatomy of a strong outreach message"). Each part has several phrasings that differ
 * in shape, not only in a word: a person's draft picks one by their profile, so ten people get
 * ten different messages, and "Another wording" walks through the rest. Plain words only: no
 * idioms that may not translate (cross-cultural advice). No phrase praises what the page does
 * not show: the praise is always for the thing cited.
 */
import { readEnglishPhrase } from './en-phrases';
import { readPhrase } from './typed-phrase';
import { asInfinitive, listOf, lowerFirst, organizationName, withArticle } from './text';
import { questionTopicOf } from './my-questions';
import type { Ask, CiteWords, MadeNoun, Wording } from './types';

const greetings = {
  /** "Dear [Name]," is the guide's, kept for a formal tone; "Hi" draws more replies (Boomerang: 62.7 % vs 56.5 %). */
  formal: (first: string) => `Dear ${first},`,
  informal: (first: string) => `Hi ${first},`,
  /** When the name to greet is unknown: never "Hi undefined". */
  neutral: 'Hello,',
};

/** The personalized opening: one sentence that cites one thing of theirs ("show you've done your research"). */
const openings: Wording['openings'] = {
  made: [
    (m) => `I was inspired by ${m}.`,
    (m) => `${m} has stayed with me.`,
    (m) => `Thank you for ${thanksFor(m)}; I learned a lot from it.`,
    (m) => `I keep coming back to ${m}.`,
    (m) => `${m} is the reason I am writing to you.`,
    (m) => `${m} gave me a lot to think about.`,
  ],
  work: [
    (m) => `I have been following ${m} with great interest.`,
    (m) => `${m} is the reason I am writing to you.`,
    (m) => `I would love to hear more about ${m}.`,
    (m) => `${m} caught my attention.`,
    (m) => `I am writing because of ${m}.`,
  ],
  /** A role they have left: "your years as …" is plural, and nobody "follows" it any more. */
  past: [
    (m) => `I would love to hear more about ${m}.`,
    (m) => `${m} caught my attention.`,
    (m) => `I am writing because of ${m}.`,
  ],
  'shared-school': [
    (school) => `As someone who also studied at ${organizationName(school)}, I hope you don't mind a short note.`,
    (school) => `I noticed that we both studied at ${organizationName(school)}.`,
    (school) => `We both studied at ${organizationName(school)}.`,
  ],
  'shared-company': [
    (company) => `As someone who has also worked at ${organizationName(company)}, I hope you don't mind a short note.`,
    (company) => `I noticed that we have both worked at ${organizationName(company)}.`,
    (company) => `We have both worked at ${organizationName(company)}.`,
  ],
  honor: [(m) => `Congratulations on ${m}.`, (m) => `I read about ${m} on your profile.`],
  /** No hook: honest, and a note in the popup asks for something specific. */
  none: [
    'I hope you do not mind a note from someone you have not met yet.',
    'I am writing to you with a short, specific request.',
    'I hope you do not mind a short note out of the blue.',
  ],
  noneShort: "I hope you don't mind a short note.",
};

/** "Thank you for your talk" reads wrong: thanks are for writing or giving it. */
function thanksFor(mention: string): string {
  return mention
    .replace(/^your (recent )?(talk|keynote)\b/, 'giving your $1$2')
    .replace(/^your (recent )?(article|post|paper|book)\b/, 'writing your $1$2')
    .replace(/^your (recent )?(project|piece)\b/, 'sharing your $1$2');
}

/** Who I am (the guide: "Concisely explain who you are"). */
const introductions = {
  nameAndIntro: (name: string, intro: string) => `I'm ${name}, ${intro}.`,
  introOnly: (intro: string) => `I'm ${intro}.`,
  nameOnly: (name: string) => `I'm ${name}.`,
  aboutMe: (intro: string) => `A little about me: I'm ${intro}.`,
};

/**
 * My goal as a clause that can open a sentence, in the frame its form needs (en-phrases.ts reads
 * it): any verb phrase follows "I want to", a noun phrase "working towards", an -ing phrase
 * "focused on". A goal typed as a sentence is said as typed; both that and a goal typed as done
 * end in a full stop, so the draft says why them in a sentence of its own.
 */
function goalClause(typed: string, years: 'this year' | 'next years' | 'own time'): string {
  const { form, text } = readPhrase(typed, readEnglishPhrase);
  const soon = years !== 'next years';
  // "…within a year" says its own time: no "This year" before it.
  const when = years === 'own time' ? '' : 'This year ';
  switch (form) {
    case 'imperative':
      return soon ? `${when}I want to ${text}` : `In the next few years I hope to ${text}`;
    case 'noun': {
      // "first data analyst job" is mine: "working towards my first data analyst job".
      const noun = /^(?:first|next|new|own|dream)\b/i.test(text) ? `my ${text}` : text;
      return soon ? `${when}I'm working towards ${noun}` : `In the next few years I'm aiming for ${noun}`;
    }
    case 'ing':
      return soon ? `${when}I'm focused on ${text}` : `In the next few years I hope to be ${text}`;
    case 'sentence':
      return text;
    default:
      // Typed as done ("got my CPHIMS"): said as my goal, in a frame right for any phrase.
      return soon ? `My goal for this year: ${text}.` : `My goal for the next few years: ${text}.`;
  }
}

/** Why them: only ever the overlap their profile shows with what I look for. */
const whyThem: Wording['whyThem'] = [
  {
    withGoal: (goal, overlap) => `${goal}, and your experience with ${overlap} is exactly what I hope to learn from.`,
    alone: (overlap) => `Your experience with ${overlap} is exactly what I hope to learn from.`,
  },
  {
    withGoal: (goal, overlap) => `${goal}, which is why your experience with ${overlap} stood out to me.`,
    alone: (overlap) => `Your experience with ${overlap} is why I thought of you.`,
  },
  {
    withGoal: (goal, overlap) => `${goal}. I am writing to you in particular because of your experience with ${overlap}.`,
    alone: (overlap) => `I am writing to you in particular because of your experience with ${overlap}.`,
  },
];

/** The specific, low-commitment ask: a small, finite amount of time for a specific purpose. */
const asks: Ask[] = [
  {
    // The guide's: "I know you are incredibly busy, but I would be grateful for…".
    full: (minutes, topic) =>
      `I know you are busy, but I would be grateful for the chance to ask you two or three specific questions about ${topic}. Would you be open to a brief ${minutes}-minute virtual coffee chat in the coming weeks?`,
    // The topic last: a topic that ends in its own words ("…which skills mattered first") never runs into "in the coming weeks".
    short: (minutes, topic) => `Would you be open to a brief ${minutes}-minute virtual coffee chat in the coming weeks about ${topic}?`,
    note: (minutes, topic) => `Open to a ${minutes}-minute chat about ${topic}, whenever suits you?`,
  },
  {
    full: (minutes, topic) =>
      `I have two or three specific questions about ${topic}. Would you have ${minutes} minutes for a short video call in the next few weeks?`,
    short: (minutes, topic) => `Would you have ${minutes} minutes in the next few weeks for two or three questions about ${topic}?`,
    note: (minutes, topic) => `In a ${minutes}-minute call when it suits you, could I ask you about ${topic}?`,
  },
  {
    full: (minutes, topic) =>
      `If you are open to it, I would value ${minutes} minutes of your time, in a short virtual coffee chat, to ask two or three questions about ${topic}.`,
    short: (minutes, topic) => `If you are open to it, I would value a ${minutes}-minute chat to ask you about ${topic}.`,
    note: (minutes, topic) => `Could we talk for ${minutes} minutes about ${topic}, at a time that suits you?`,
  },
  {
    full: (minutes, topic) =>
      `I would be grateful for a ${minutes}-minute virtual coffee chat in the coming weeks, to ask you two or three questions about ${topic}.`,
    short: (minutes, topic) => `Could we find ${minutes} minutes for a short call about ${topic}?`,
    note: (minutes, topic) => `Might you have ${minutes} minutes for a call about ${topic}, at any time that suits you?`,
  },
];

/** When Me does not say what my questions are about. */
const topicDefault = 'your career path';

/**
 * Make it easy for them (flexible on timing, respectful of their time), then thanks. The thanks
 * names them where a name is known: a mentee's letters then share no sentence across people,
 * and each reads as written to one person. "Thanks in advance" closes draw the most replies
 * (Boomerang's closings study).
 */
// ", Amara" where their name is known: the close is then one sentence written to one person.
const to = (first: string) => (first ? `, ${first}` : '');
const closes = {
  full: [
    (first: string) => `Thank you for reading${to(first)}; I'm happy to work around your schedule.`,
    (first: string) => `Any time that suits you works for me${to(first)}, and thanks in advance.`,
    (first: string) => `Thank you${to(first)}: a short call at whatever time suits you would be plenty.`,
    (first: string) => `I understand if the timing is not right${to(first)}; thank you for considering it.`,
    (first: string) => `Thanks for reading${to(first)}; I can fit around your calendar, early or late in your day.`,
    (first: string) => `Whatever day suits you is fine with me${to(first)}, and I appreciate you reading this.`,
    (first: string) => `I'm flexible on timing${to(first)}, and a short reply here is just as welcome; thank you.`,
    (first: string) => `Thank you for your time${to(first)}; I know it is precious, so I will keep any call short.`,
  ],
  short: [
    (first: string) => `Thanks${to(first)}; I'm happy to work around your schedule.`,
    (first: string) => `Any time works for me${to(first)}; thank you!`,
    (first: string) => `Whenever suits you is fine${to(first)}; thanks in advance!`,
    (first: string) => `I'm flexible on timing${to(first)}; thank you!`,
    (first: string) => `No pressure at all${to(first)}; thanks!`,
    (first: string) => `Any time that suits you is fine${to(first)}; thank you!`,
  ],
  minimal: ['Thank you!', 'Thanks!', 'Many thanks!', 'Thanks in advance!', 'Thank you for reading!', 'Thanks for reading!', 'Much appreciated!'],
  signOffLetter: (name: string) => `Best regards,\n${name}`,
};

/** A clear, professional subject line ("Question regarding your experience in …"), at most about 70 characters. */
const subjects = {
  maxLength: 70,
  aboutMention: (mention: string) => `A question about ${mention}`,
  aboutTopic: (topic: string) => `Two or three questions about ${topic}`,
  aboutExperience: (overlap: string) => `Question regarding your experience with ${overlap}`,
  aboutRole: (role: string) => `Question regarding your work as ${role}`,
  // Not "a fellow … alum": I may study or work there still ("I'm an analyst at Northwind Logistics").
  fellowSchool: (school: string) => `A question from someone who also studied at ${organizationName(school)}`,
  fellowCompany: (company: string) => `A question from someone who has also worked at ${organizationName(company)}`,
  generic: 'A short question about your career path',
};

// "Congratulations on the Game Accessibility Award", but a title that names the person is theirs:
// "on your recognition as Nordic Security Champion of the Year", "on your place on the Dean's List".
const prizeNoun = /\b(?:award|awards|prize|medal|grant|fellowship|scholarship|honou?rs?|trophy|distinction|cup|bursary|laureate)$/i;
function honorName(title: string): string {
  if (prizeNoun.test(title)) return `the ${title}`;
  if (/\blist$/i.test(title)) return `your place on the ${title}`;
  if (/\b\d+\s+under\s+\d+\b/i.test(title)) return `your place in ${title}`;
  return `your recognition as ${title}`;
}

/**
 * A volunteer role as it follows "as": a role many hold takes an article in lower case ("as a
 * mentor", "as a board member"); an office one person holds ("as Treasurer"), an acronym ("as
 * BDFL") or a longer title stays as written.
 */
function volunteerRole(role: string): string {
  const words = role.split(' ');
  const office = /^(?:President|Vice|Chair|Chairperson|Chairman|Chairwoman|Treasurer|Secretary|Founder|Co-?founder|Director|Head|Lead|Captain|Organizer|Organiser)$/i;
  const plain = words.length <= 3 && words.every((word) => /^\p{L}[\p{Ll}-]*$/u.test(word)) && !office.test(words[0]!);
  return plain ? withArticle(role.toLowerCase()) : role;
}

/**
 * My intro as it follows "I'm": a role takes its article ("a junior analyst at …"), but an
 * -ing phrase ("leading a ward team"), an adjective ("passionate about data", "based in Lagos")
 * or an adverb ("currently a nurse") is said as typed.
 */
function asRole(line: string): string {
  const [first = ''] = line.split(' ');
  const adverb = /^(?:currently|now|recently|still|also|formerly|previously)$/i.exec(first);
  if (adverb) return `${first.toLowerCase()} ${asRole(line.slice(first.length + 1))}`;
  if (/^\p{L}{3,}ing$/u.test(first) && !/^(?:king|thing)$/i.test(first)) return lowerFirst(line);
  if (/^\p{L}+(?:ed|ate|ive|ful|ous|ic|al|ent|ant)\s+(?:about|in|by|on|with|to|for|at)\b/iu.test(line) && !/^(?:analyst|assistant|consultant|accountant|attendant|intern|agent|president|resident|student|official|professional|principal|technical)$/i.test(first)) return lowerFirst(line);
  return withArticle(line);
}

const cite: CiteWords = {
  quoted: (noun, recent, quote, venue) => `your ${recent ? 'recent ' : ''}${noun} "${quote}"${venue ? ` in ${venue}` : ''}`,
  onTopic: (noun, recent, topic) => `your ${recent ? 'recent ' : ''}${noun} on ${topic}`,
  plainMade: (noun: MadeNoun, recent) => `your ${recent ? 'recent ' : ''}${noun}`,
  atEvent: (noun, recent, event) => `your ${recent ? 'recent ' : ''}${noun} at ${event}`,
  honor: (title, by) => `${honorName(title)}${by ? ` from ${organizationName(by)}` : ''}`,
  role: {
    full: (title, company) => `your work as ${title} at ${organizationName(company)}`,
    atCompany: (company) => `your work at ${organizationName(company)}`,
    asTitle: (title) => `your work as ${title}`,
    plain: 'your current role',
  },
  past: {
    full: (title, company, years) => `your ${years ? 'years' : 'time'} as ${title} at ${organizationName(company)}`,
    atCompany: (company, years) => `your ${years ? 'years' : 'time'} at ${organizationName(company)}`,
  },
  volunteering: (organization, role) => (role ? `your volunteering as ${volunteerRole(role)} with ${organizationName(organization)}` : `your volunteering with ${organizationName(organization)}`),
  sameSchool: 'the same school',
  sameCompany: 'the same company',
  about: { quoted: (quote) => `what you wrote in your About section: "${quote}"`, plain: 'what you wrote in your About section' },
};

/** An opening sentence that follows "Hi Ana," in a note: "your talk…", "as someone who…", but "I…" stays. */
function continued(sentence: string): string {
  return /^(?:I\b|I'm\b|"|\p{Lu}{2,})/u.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

export const english: Wording = {
  language: 'en',
  greetings: { formal: (first) => greetings.formal(first), informal: greetings.informal, neutral: greetings.neutral, letter: greetings.informal },
  afterGreeting: (sentence, note) => (note ? continued(sentence) : sentence),
  openings,
  typedSentence: /^(?:i|i'm|i've|we|thank|thanks|congratulations|congrats|as|after|when|since|reading|hearing|watching|it|this|that)\b|\s(?:was|were|is|are|has|have|had)\s/i,
  cite,
  introductions,
  intro: {
    // A typed sentence: "I'm …", "My …", and "I finished my BSc…" (I, then a verb, anywhere a role would start).
    sentence: /^(?:i|i'm|i am|i've|my)\b/i,
    clauseBreak: /\s*(?:,|;|\s[–—-]\s|\s(?=(?:focused on|working on|who|where|with a focus|and (?:am|i'm|i am|currently|now))\b))\s*/i,
    placeTail: /\s+(?:at|for|with|in)\s+.*$/,
    asRole,
    filler: /^(?:(?:so|well|ok|okay|basically|honestly|hi|hello|um|uh)\b[,\s]*)+/i,
    clauseJoin: /[,;]?\s(?:and|but|where|which|while|so|because|though|although)\s(?=\S)|[,;]\s/,
    withName: (name, sentence) => {
      // "I'm a charge nurse on…" from a letter that also says my name: "I'm Thandiwe Mokoena, a charge nurse on…".
      const role = /^(?:I'm|I am)\s+((?:a|an|the)\s.*)$/i.exec(sentence)?.[1];
      return role ? `I'm ${name}, ${role}` : undefined;
    },
  },
  goals: {
    short: (goal) => goalClause(goal, 'this year'),
    long: (goal) => goalClause(goal, 'next years'),
    ownTime: { says: /\b(?:within|by|in|over|during|before)\s+(?:(?:a|an|the|one|two|three|six|twelve|next|this|coming|\d+)\s+)*(?:years?|months?|weeks?|\d{4})\b|\b(?:this|next) year\b|\b(?:19|20)\d{2}\b/i, short: (goal) => goalClause(goal, 'own time') },
  },
  whyThem,
  asks,
  topicDefault,
  topicOf: questionTopicOf,
  closes,
  subjects,
  listOf,
  lowerFirst,
  asInfinitive,
};
