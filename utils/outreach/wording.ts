/**
 * Every phrase a first-message draft is made of, in one place, each traceable to the guide's
 * Step 3 ("Anatomy of a strong outreach message"). Each part has a few phrasings ("another
 * wording" picks one by index) and, where the channel is short, leaner forms that keep the
 * same meaning. Plain words only: no idioms that may not translate (cross-cultural advice).
 */

export const greetings = {
  /** "Dear [Name]," is the guide's; "Hi" reads better in a short note. */
  formal: (first: string) => `Dear ${first},`,
  informal: (first: string) => `Hi ${first},`,
  /** When the first name is unknown: never "Hi undefined". */
  neutral: 'Hello,',
};

/** The personalized opening: cite one specific thing of theirs ("Show you've done your research"). */
export const openings = {
  /** For something they made: an article, a talk, a post, their About. */
  made: [
    (cite: string) => `I was inspired by ${cite}.`,
    (cite: string) => `I learned a lot from ${cite}.`,
    (cite: string) => `Thank you for sharing ${cite}; it was very relevant to my own work.`,
  ],
  /** For their work and what we share. */
  work: [
    (cite: string) => `I was inspired by ${cite}.`,
    (cite: string) => `I have been following ${cite} with great interest.`,
    (cite: string) => `I admire ${cite}.`,
  ],
  /** No hook at all: honest, and the checker will ask for something specific. */
  none: [
    'Your profile stood out to me while I was looking for people with experience I hope to learn from.',
    'I found your profile while looking for people whose experience matches where I want to grow.',
  ],
  noneShort: 'Your experience stood out to me.',
};

/** How each kind of hook is cited, most specific first; the last form is the leanest. */
export const cites = {
  item: (item: string, quote: string) => `your ${item} "${quote}"`,
  featuredItem: (quote: string) => `"${quote}", which you feature on your profile`,
  featuredGeneric: (item: string) => `your featured ${item}`,
  recent: (item: string, quote: string) => `your recent ${item} "${quote}"`,
  recentGeneric: (item: string) => `your recent ${item}`,
  roleFull: (title: string, company: string) => `your work as ${title} at ${company}`,
  roleAt: (company: string) => `your work at ${company}`,
  roleAs: (title: string) => `your work as ${title}`,
  roleGeneric: 'your current work',
  sharedCompany: (company: string) => `your path at ${company}, where I have worked too`,
  sharedSchool: (school: string) => `your path since ${school}, where I studied too`,
  pathSince: (place: string) => `your path since ${place}`,
  sharedGeneric: 'your career path',
  about: (quote: string) => `what you wrote about your work: "${quote}"`,
  aboutGeneric: 'what you wrote in your About section',
  headline: (quote: string) => `how you describe your work: "${quote}"`,
  headlineGeneric: 'how you describe your work',
};

/** Who I am and why them (tied to their expertise and my goal). */
export const introductions = {
  nameAndIntro: (name: string, intro: string) => `I'm ${name}, ${intro}.`,
  introOnly: (intro: string) => `I'm ${intro}.`,
  nameOnly: (name: string) => `I'm ${name}.`,
  goalVerb: (goal: string) => `I'm working to ${goal}`,
  goalNoun: (goal: string) => `My focus this year is ${goal}`,
  longGoalVerb: (goal: string) => `In the next few years I hope to ${goal}`,
  longGoalNoun: (goal: string) => `In the next few years I'm aiming for ${goal}`,
  expertiseAs: (role: string) => `your experience as ${role}`,
  expertiseAt: (company: string) => `your experience at ${company}`,
  expertiseGeneric: 'your experience',
  why: [
    (goal: string, expertise: string) => `${goal}, and ${expertise} is exactly what I hope to learn from.`,
    (goal: string, expertise: string) => `${goal}, which is why ${expertise} stood out to me.`,
  ],
  whyWithoutGoal: (expertise: string) => `I'm reaching out because ${expertise} is exactly what I hope to learn from.`,
  goalAlone: (goal: string) => `${goal}.`,
};

/** The specific, low-commitment ask: a small, finite amount of time for a specific purpose. */
export const asks = {
  topicDefault: 'your journey',
  /** The guide's: "I know you are incredibly busy, but I would be grateful for…". */
  preamble: (topic: string) =>
    `I know you are busy, but I would be grateful for the chance to ask you two or three specific questions about ${topic}.`,
  shortPreamble: (topic: string) => `I would be grateful to ask you two or three questions about ${topic}.`,
  question: [
    (minutes: number) => `Would you be open to a brief ${minutes}-minute virtual coffee chat in the coming weeks?`,
    (minutes: number) => `Would you have ${minutes} minutes for a virtual coffee chat in the next few weeks?`,
    (minutes: number) => `Could we set up a ${minutes}-minute video call in the coming weeks?`,
  ],
  /** The leanest ask carries the time box, the purpose and the easy yes in one sentence. */
  compact: (minutes: number) =>
    `Would you be open to a ${minutes}-minute virtual coffee chat for two or three questions, at a time that suits you?`,
};

/** Make it easy for them: flexible on timing, respectful of their time, thanks. */
export const closes = {
  full: [
    'I am flexible and happy to work around your schedule. Thank you for considering my request.',
    'I am happy to fit around your schedule, and I understand if now is not a good time. Thank you for considering it.',
    'Any time that suits you works for me. Thank you for your time and for considering this.',
  ],
  short: "I'm happy to work around your schedule. Thank you!",
  minimal: 'Thank you!',
  signOffLetter: (name: string) => `Best regards,\n${name}`,
};

/** A clear, professional subject line ("Question regarding your experience in …"). */
export const subjects = {
  aboutItem: (item: string, quote: string) => `A question about your ${item} "${quote}"`,
  aboutCustom: (cite: string) => `A question about ${cite}`,
  aboutRole: (role: string) => `Question regarding your experience as ${role}`,
  aboutCompany: (company: string) => `Admiration for your work at ${company}`,
  fellowAt: (company: string) => `A question from someone who also worked at ${company}`,
  fellowFrom: (school: string) => `A question from a fellow ${school} graduate`,
  generic: 'A short question about your career path',
};
