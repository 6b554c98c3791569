/**
 * A German draft as a careful native writer would send it: "Sie" throughout (LinkedIn in
 * Germany often says "du", but a first message to someone senior does not presume it), a
 * greeting that needs no "Herr/Frau" ("Guten Tag Lena Müller," in a letter, "Hallo Lena," in a
 * note), and after the greeting's comma the letter goes on in lower case unless the word is a
 * noun or "Sie/Ihr" (DIN 5008). Quotations in „…“. Their thing is named in the nominative
 * ("Ihr Vortrag „…“ hat mich…"), so no case has to be guessed; "beide" and "jemand" are the
 * only words about people, and neither has a gender.
 */
import { type GuidanceNames, infinitiveReader, listWith, topicReader } from './shape';
import type { Ask, CiteWords, MadeNoun, Wording } from './types';

/** Each noun with its gender, for "Ihr aktueller Vortrag", "Ihr aktuelles Projekt", "Ihre aktuelle Folge". */
const nouns: Record<MadeNoun, { word: string; gender: 'm' | 'n' | 'f' }> = {
  article: { word: 'Artikel', gender: 'm' },
  talk: { word: 'Vortrag', gender: 'm' },
  post: { word: 'Beitrag', gender: 'm' },
  project: { word: 'Projekt', gender: 'n' },
  piece: { word: 'Beitrag', gender: 'm' },
  episode: { word: 'Folge', gender: 'f' },
  book: { word: 'Buch', gender: 'n' },
  paper: { word: 'Fachartikel', gender: 'm' },
};

/** Their thing in the nominative. */
const named = (noun: MadeNoun, recent: boolean) => {
  const { word, gender } = nouns[noun];
  const your = gender === 'f' ? 'Ihre' : 'Ihr';
  const adjective = recent ? `${{ m: 'aktueller', n: 'aktuelles', f: 'aktuelle' }[gender]} ` : '';
  return `${your} ${adjective}${word}`;
};

/** German keeps the capitals of what is typed: nouns are capitalised. */
const lowerFirst = (text: string) => text;

/** The wish before a goal ("Ich möchte …", "Mein Ziel ist es, …") is taken off; an infinitive phrase ends in its verb. */
const asInfinitive = infinitiveReader(
  /^(?:ich (?:möchte|will|würde gern(?:e)?|plane(?:,)?)|mein ziel ist(?: es)?,?)\s+/i,
  (phrase) => /(?:^|\s)\p{Ll}+(?:en|ern|eln)$/u.test(phrase) && !/^\p{Lu}/u.test(phrase.split(' ').pop() ?? ''),
  lowerFirst,
);

const guidance: GuidanceNames = {
  'technical advice': 'fachlichen Rat',
  'career strategy': 'Karrierestrategie',
  'navigating the organization': 'den Umgang mit Strukturen in einer Organisation',
  encouragement: 'Ermutigung',
};

const cite: CiteWords = {
  formatWord: /^(?:keynote|vortrag|folge|artikel|webinar)(?![\p{L}])/iu,
  keepsTopicCase: true,
  quoted: (noun, recent, quote, venue) => `${named(noun, recent)} „${quote}“${venue ? ` in ${venue}` : ''}`,
  // A title's leading adjective is capitalised only because it opens the title: "über nachhaltige Lieferketten".
  onTopic: (noun, recent, topic) => `${named(noun, recent)} über ${/^\p{Lu}\p{Ll}+(?:e|en|er|es|em)\s+\p{Lu}/u.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic}`,
  plainMade: named,
  honor: (title, by) => (by ? `„${title}“ (${by})` : `„${title}“`),
  role: {
    full: (title, company) => `Ihre Arbeit als ${title} bei ${company}`,
    atCompany: (company) => `Ihre Arbeit bei ${company}`,
    asTitle: (title) => `Ihre Arbeit als ${title}`,
    plain: 'Ihre aktuelle Position',
  },
  past: {
    full: (title, company) => `Ihre Zeit als ${title} bei ${company}`,
    atCompany: (company) => `Ihre Zeit bei ${company}`,
  },
  volunteering: (organization, role) =>
    role ? `Ihr ehrenamtliches Engagement als ${role} bei ${organization}` : `Ihr ehrenamtliches Engagement bei ${organization}`,
  sameSchool: '',
  sameCompany: '',
  about: { quoted: (quote) => `Ihr Satz im Profil „${quote}“`, plain: 'Ihr Profiltext' },
};

const asks: Ask[] = [
  {
    full: (minutes, topic) =>
      `Ich weiß, wie knapp Ihre Zeit ist, aber ich würde mich sehr freuen, Ihnen zwei oder drei konkrete Fragen über ${topic} stellen zu dürfen. Hätten Sie in den nächsten Wochen ${minutes} Minuten für einen kurzen virtuellen Kaffee?`,
    short: (minutes, topic) => `Hätten Sie in den nächsten Wochen ${minutes} Minuten für einen kurzen virtuellen Kaffee, um über ${topic} zu sprechen?`,
    note: (minutes, topic) => `Hätten Sie ${minutes} Minuten für ein Gespräch über ${topic}, wann immer es Ihnen passt?`,
  },
  {
    full: (minutes, topic) => `Ich habe zwei oder drei konkrete Fragen über ${topic}. Hätten Sie in den nächsten Wochen ${minutes} Minuten für ein kurzes Videogespräch?`,
    short: (minutes, topic) => `Hätten Sie in den nächsten Wochen ${minutes} Minuten für zwei oder drei Fragen über ${topic}?`,
    note: (minutes, topic) => `Dürfte ich Ihnen in einem ${minutes}-minütigen Gespräch ein paar Fragen über ${topic} stellen, wann es Ihnen passt?`,
  },
  {
    full: (minutes, topic) =>
      `Wenn es Ihnen recht ist, würde ich mich über ${minutes} Minuten Ihrer Zeit freuen, um Ihnen bei einem kurzen virtuellen Kaffee zwei oder drei Fragen über ${topic} zu stellen.`,
    short: (minutes, topic) => `Wenn es Ihnen recht ist, würde ich gern ${minutes} Minuten mit Ihnen über ${topic} sprechen.`,
    note: (minutes, topic) => `Könnten wir ${minutes} Minuten über ${topic} sprechen, zu einer Zeit, die Ihnen passt?`,
  },
  {
    full: (minutes, topic) =>
      `Ich würde mich sehr über einen ${minutes}-minütigen virtuellen Kaffee in den nächsten Wochen freuen, um Ihnen zwei oder drei Fragen über ${topic} zu stellen.`,
    short: (minutes, topic) => `Könnten wir ${minutes} Minuten für ein kurzes Gespräch über ${topic} finden?`,
    note: (minutes, topic) => `Hätten Sie ${minutes} Minuten für ein Gespräch über ${topic}, ganz wie es Ihnen zeitlich passt?`,
  },
];

export const list = listWith(() => 'und');

/** Words that may open the letter after "Hallo Lena," in lower case: never a noun, never "Sie" or "Ihr". */
const lowerAfterGreeting =
  /^(?:Ich|Mit|Seit|Als|Wir|Gern|Gerne|Vielen|Herzlichen|Auf|Darf|Dürfte|Könnten|Hätten|Im|In|Es|Da|Wie|Nach|Über|Uns|Mir|Auch|Wenn|Danke|Jeder|Ganz)(?![\p{L}])/u;

export const german: Wording = {
  language: 'de',
  greetings: {
    formal: (_first, full) => `Guten Tag ${full},`,
    informal: (first) => `Hallo ${first},`,
    neutral: 'Guten Tag,',
    // A stranger greets a Dr. or Prof. with the title in every channel ("Hallo Ingrid," is too familiar);
    // "Sehr geehrte Frau Dr." needs a gender the profile rarely shows, so the neutral form with the whole name.
    titled: ({ kind, full }) => (kind === 'doctor' || kind === 'professor' ? `Guten Tag ${kind === 'professor' ? 'Prof.' : 'Dr.'} ${full},` : undefined),
  },
  afterGreeting: (sentence) => (lowerAfterGreeting.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence),
  openings: {
    made: [
      (m) => `${m} hat mich sehr inspiriert.`,
      (m) => `${m} beschäftigt mich seitdem.`,
      (m) => `${m} hat mir viel zu denken gegeben.`,
      (m) => `${m} ist der Grund, warum ich Ihnen schreibe.`,
    ],
    work: [
      (m) => `${m} verfolge ich mit großem Interesse.`,
      (m) => `${m} ist der Grund, warum ich Ihnen schreibe.`,
      (m) => `Über ${m} würde ich gern mehr erfahren.`,
      (m) => `${m} hat mein Interesse geweckt.`,
    ],
    past: [(m) => `Über ${m} würde ich gern mehr erfahren.`, (m) => `${m} hat mein Interesse geweckt.`, (m) => `${m} ist der Grund, warum ich Ihnen schreibe.`],
    'shared-school': [
      (school) => `Mir ist aufgefallen, dass wir beide an derselben Hochschule studiert haben: ${school}.`,
      (school) => `Uns verbindet ein Studium an derselben Hochschule: ${school}.`,
      (school) => `Wir haben beide an derselben Hochschule studiert: ${school}.`,
    ],
    'shared-company': [
      (company) => `Mir ist aufgefallen, dass wir beide bei ${company} gearbeitet haben.`,
      (company) => `Auch ich habe bei ${company} gearbeitet, deshalb erlaube ich mir, Ihnen zu schreiben.`,
      (company) => `Wir haben beide bei ${company} gearbeitet.`,
    ],
    honor: [(m) => `Herzlichen Glückwunsch zur Auszeichnung ${m}!`, (m) => `Auf Ihrem Profil habe ich von der Auszeichnung ${m} gelesen.`],
    none: [
      'Ich hoffe, meine Nachricht kommt nicht ungelegen, auch wenn wir uns noch nicht kennen.',
      'Ich schreibe Ihnen mit einer kurzen, konkreten Bitte.',
      'Ich hoffe, Sie haben nichts gegen eine kurze Nachricht ohne Vorankündigung.',
    ],
    noneShort: 'Ich hoffe, eine kurze Nachricht ist in Ordnung.',
  },
  typedSentence: /^(?:ich|wir|vielen|danke|herzlichen|gratulation|als|nach|seit|beim)(?![\p{L}])|\s(?:war|ist|hat|habe|hatte|waren|sind)\s/iu,
  cite,
  introductions: {
    nameAndIntro: (name, intro) => `Mein Name ist ${name}, ich bin ${intro}.`,
    introOnly: (intro) => `Ich bin ${intro}.`,
    nameOnly: (name) => `Mein Name ist ${name}.`,
  },
  intro: {
    sentence: /^(?:ich|mein|meine|seit|derzeit|aktuell)(?![\p{L}])/iu,
    clauseBreak: /\s*(?:,|;|\s[–—-]\s|\s(?=(?:mit (?:Schwerpunkt|Fokus)|und (?:ich|derzeit|aktuell)|wo)(?![\p{L}])))\s*/iu,
    placeTail: /\s+(?:bei|für|im|in|an der|am)\s+.*$/,
    asRole: lowerFirst,
  },
  goals: {
    short: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `In diesem Jahr möchte ich ${verb}` : `In diesem Jahr konzentriere ich mich auf ${goal}`;
    },
    ownTime: {
      says: /\b(?:innerhalb|in|binnen|bis)\s+(?:(?:eines|einem|einer|den|der|zwei|drei|sechs|zwölf|nächsten|\d+)\s+)*(?:Jahr(?:es|en)?|Monat(?:s|en)?|Wochen?)\b|\bdieses Jahr\b|\b(?:19|20)\d{2}\b/i,
      short: (goal) => {
        const verb = asInfinitive(goal);
        return verb ? `Ich möchte ${verb}` : `Ich konzentriere mich auf ${goal}`;
      },
    },
    long: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `In den nächsten Jahren möchte ich ${verb}` : `In den nächsten Jahren strebe ich ${goal} an`;
    },
  },
  whyThem: [
    {
      withGoal: (goal, overlap) => `${goal}, und Ihre Erfahrung im Bereich ${overlap} ist genau das, wovon ich lernen möchte.`,
      alone: (overlap) => `Ihre Erfahrung im Bereich ${overlap} ist genau das, wovon ich lernen möchte.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}, deshalb ist mir Ihre Erfahrung im Bereich ${overlap} aufgefallen.`,
      alone: (overlap) => `Wegen Ihrer Erfahrung im Bereich ${overlap} habe ich an Sie gedacht.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}. Ich wende mich gerade wegen Ihrer Erfahrung im Bereich ${overlap} an Sie.`,
      alone: (overlap) => `Ich wende mich gerade wegen Ihrer Erfahrung im Bereich ${overlap} an Sie.`,
    },
  ],
  asks,
  topicDefault: 'Ihren beruflichen Werdegang',
  // German cannot put a goal after "wie" without conjugating it: a verb goal gives way to the guidance wanted.
  topicOf: topicReader({ lowerFirst, asInfinitive, howTo: undefined, guidance, leading: /^(?:über|zu|zum Thema)\s+/i }),
  closes: {
    full: [
      'Ich bin zeitlich flexibel und richte mich gern nach Ihrem Kalender. Vielen Dank, dass Sie meine Anfrage in Betracht ziehen.',
      'Jeder Termin, der Ihnen passt, ist mir recht, und ich habe volles Verständnis, wenn es gerade nicht passt. Vielen Dank fürs Lesen.',
      'Ich richte mich gern nach Ihrem Kalender, und ein kurzes Gespräch genügt völlig. Vielen Dank für Ihre Zeit.',
      'Wenn es gerade nicht passt, ist das völlig in Ordnung. Vielen Dank, dass Sie darüber nachdenken.',
    ],
    short: ['Ich richte mich gern nach Ihrem Kalender. Vielen Dank!', 'Jeder Termin, der Ihnen passt, ist mir recht. Vielen Dank!', 'Ganz unverbindlich – vielen Dank!'],
    minimal: 'Vielen Dank!',
    // German closes a letter without a comma.
    signOffLetter: (name) => `Beste Grüße\n${name}`,
  },
  subjects: {
    maxLength: 70,
    aboutMention: (mention) => `${mention} – eine kurze Frage`,
    aboutTopic: (topic) => `Zwei oder drei Fragen über ${topic}`,
    aboutExperience: (overlap) => `Frage zu Ihrer Erfahrung im Bereich ${overlap}`,
    aboutRole: (role) => `Frage zu Ihrer Arbeit als ${role}`,
    fellowSchool: (school) => `${school}: eine Frage – ich habe auch dort studiert`,
    fellowCompany: (company) => `${company}: eine Frage – ich habe auch dort gearbeitet`,
    generic: 'Eine kurze Frage zu Ihrem beruflichen Werdegang',
  },
  listOf: list,
  lowerFirst,
  asInfinitive,
};
