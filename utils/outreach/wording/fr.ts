/**
 * A French draft as a careful native writer would send it: "vous" throughout, no form that
 * needs the reader's gender ("Bonjour Lucie," rather than "Chère/Cher") and none that gives
 * away the writer's (no "ravi(e)", "reconnaissant(e)", "m'a marqué(e)": "j'aimerais",
 * "merci"). Typography of the Imprimerie nationale: « » with a narrow no-break space inside,
 * a narrow no-break space before ; ! ? and a no-break space before a colon, all written by
 * `fr` (french-spacing.ts) so that no line can break before them. No idioms.
 */
import { type GuidanceNames, infinitiveReader, listWith, lowerFirstWord, topicReader } from './shape';
import { fr } from './french-spacing';
import type { Ask, CiteWords, MadeNoun, Wording } from './types';

/** Each noun with its gender, for "votre récent article" but "votre récente intervention". */
const nouns: Record<MadeNoun, { word: string; feminine?: true }> = {
  article: { word: 'article' },
  talk: { word: 'intervention', feminine: true },
  post: { word: 'publication', feminine: true },
  project: { word: 'projet' },
  piece: { word: 'contenu' },
  episode: { word: 'épisode' },
  book: { word: 'livre' },
  paper: { word: 'article' },
};

const named = (noun: MadeNoun, recent: boolean) => {
  const { word, feminine } = nouns[noun];
  return recent ? `votre ${feminine ? 'récente' : 'récent'} ${word}` : `votre ${word}`;
};

/** "de" before a vowel or a mute h is "d'": "mon objectif est d'apprendre". */
export const de = (phrase: string) => (/^[aeiouyhâàéèêëîïôûù]/i.test(phrase) ? `d'${phrase}` : `de ${phrase}`);

export const lowerFirst = lowerFirstWord;

const asInfinitive = infinitiveReader(
  /^(?:je (?:veux|voudrais|souhaite|souhaiterais|compte|vise à|cherche à|aimerais|espère)|j'aimerais|j'espère|mon objectif est d(?:e\s+|')|objectif\s*:\s*)/i,
  (phrase) => /^(?:mieux\s+|bien\s+|(?:me|m'|se|s')\s*)?\p{Ll}+(?:er|ir|re|oir)(?![\p{L}])/u.test(phrase),
  lowerFirst,
);

const guidance: GuidanceNames = {
  'technical advice': 'des conseils techniques',
  'career strategy': 'la stratégie de carrière',
  'navigating the organization': "la façon de s'orienter dans une organisation",
  encouragement: 'des encouragements',
};

const cite: CiteWords = {
  formatWord: /^(?:keynote|conférence|intervention|épisode|article|webinaire)(?![\p{L}])/iu,
  quoted: (noun, recent, quote, venue) => `${named(noun, recent)} ${fr`« `}${quote}${fr` »`}${venue ? ` paru dans ${venue}` : ''}`,
  // French puts an article before a bare topic ("sur les chaînes…"), which cannot be guessed: the topic is named as a theme.
  onTopic: (noun, recent, topic) => `${named(noun, recent)} sur le thème ${fr`« `}${topic.charAt(0).toUpperCase()}${topic.slice(1)}${fr` »`}`,
  plainMade: named,
  honor: (title, by) => `${fr`« `}${title}${fr` »`}${by ? ` (${by})` : ''}`,
  role: {
    full: (title, company) => `votre travail en tant que ${title} chez ${company}`,
    atCompany: (company) => `votre travail chez ${company}`,
    asTitle: (title) => `votre travail en tant que ${title}`,
    plain: 'votre poste actuel',
  },
  // "Votre passage chez…" says a stint of any length, in the singular.
  past: {
    full: (title, company) => `votre passage chez ${company} en tant que ${title}`,
    atCompany: (company) => `votre passage chez ${company}`,
  },
  volunteering: (organization, role) =>
    role ? `votre engagement bénévole en tant que ${role} auprès de ${organization}` : `votre engagement bénévole auprès de ${organization}`,
  sameSchool: '',
  sameCompany: '',
  about: { quoted: (quote) => `${fr`la phrase de votre profil « `}${quote}${fr` »`}`, plain: 'ce que vous écrivez dans votre profil' },
};

const asks: Ask[] = [
  {
    full: (minutes, topic) =>
      fr`Je sais que votre temps est précieux, mais j'aimerais beaucoup pouvoir vous poser deux ou trois questions précises sur ${topic}. Auriez-vous ${minutes} minutes pour un court café virtuel dans les semaines à venir ?`,
    short: (minutes, topic) => fr`Auriez-vous ${minutes} minutes pour un court café virtuel sur ${topic} dans les semaines à venir ?`,
    note: (minutes, topic) => fr`Auriez-vous ${minutes} minutes pour échanger sur ${topic}, quand cela vous arrange ?`,
  },
  {
    full: (minutes, topic) =>
      fr`J'ai deux ou trois questions précises sur ${topic}. Pourriez-vous m'accorder ${minutes} minutes pour un bref appel vidéo dans les prochaines semaines ?`,
    short: (minutes, topic) => fr`Pourriez-vous m'accorder ${minutes} minutes dans les prochaines semaines pour deux ou trois questions sur ${topic} ?`,
    note: (minutes, topic) => fr`Puis-je vous poser quelques questions sur ${topic} lors d'un appel de ${minutes} minutes, au moment qui vous convient ?`,
  },
  {
    full: (minutes, topic) =>
      fr`Si cela vous convient, j'aimerais vous demander ${minutes} minutes de votre temps pour vous poser deux ou trois questions sur ${topic}, autour d'un court café virtuel.`,
    short: (minutes, topic) => fr`Si cela vous convient, j'aimerais échanger ${minutes} minutes avec vous sur ${topic}.`,
    note: (minutes, topic) => fr`Pourrions-nous échanger ${minutes} minutes sur ${topic}, quand cela vous arrange ?`,
  },
  {
    full: (minutes, topic) =>
      fr`J'aimerais beaucoup échanger ${minutes} minutes avec vous autour d'un café virtuel dans les semaines à venir, pour vous poser deux ou trois questions sur ${topic}.`,
    short: (minutes, topic) => fr`Pourrions-nous trouver ${minutes} minutes pour un court appel sur ${topic} ?`,
    note: (minutes, topic) => fr`Auriez-vous ${minutes} minutes pour un appel sur ${topic}, à votre convenance ?`,
  },
];

export const list = listWith(() => 'et');

export const french: Wording = {
  language: 'fr',
  greetings: {
    formal: (first) => `Bonjour ${first},`,
    informal: (first) => `Bonjour ${first},`,
    neutral: 'Bonjour,',
    // A letter to a doctor or professor: the title and the family name; without a family name known, the whole name.
    titled: ({ kind, feminine, family, full }, letter) => {
      if (!letter || (kind !== 'doctor' && kind !== 'professor')) return undefined;
      const title = kind === 'doctor' ? (feminine ? 'Docteure' : 'Docteur') : feminine ? 'Professeure' : 'Professeur';
      return family ? `Bonjour ${title} ${family},` : `Bonjour ${full},`;
    },
  },
  // In a note the sentence goes on after "Bonjour Lucie," in lower case; a letter starts a new paragraph.
  afterGreeting: (sentence, note) => (note && !/^(?:«|\p{Lu}{2,})/u.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence),
  openings: {
    made: [
      (m) => `J'ai découvert avec beaucoup d'intérêt ${m}.`,
      (m) => `${m} m'a donné matière à réflexion.`,
      (m) => fr`Merci pour ${m} : j'en ai beaucoup appris.`,
      (m) => `Je repense souvent à ${m}.`,
      (m) => `${m} est la raison de mon message.`,
    ],
    work: [
      (m) => `Je suis avec beaucoup d'intérêt ${m}.`,
      (m) => `${m} est la raison de mon message.`,
      (m) => `J'aimerais beaucoup en savoir plus sur ${m}.`,
      (m) => `${m} a retenu mon attention.`,
      (m) => `Je vous écris au sujet de ${m}.`,
    ],
    past: [(m) => `J'aimerais beaucoup en savoir plus sur ${m}.`, (m) => `${m} a retenu mon attention.`, (m) => `Je vous écris au sujet de ${m}.`],
    'shared-school': [
      (school) => fr`J'ai vu que nous avions étudié dans le même établissement : ${school}.`,
      (school) => fr`Nous avons un point commun : ${school}, où j'ai moi aussi étudié.`,
      // The shortest, for a note that has room for little else (a long topic in 200 characters).
      (school) => fr`Nous avons étudié au même endroit : ${school}.`,
    ],
    'shared-company': [
      (company) => fr`J'ai vu que nous avions travaillé dans la même entreprise : ${company}.`,
      (company) => fr`Nous avons un point commun : ${company}, où j'ai moi aussi travaillé.`,
      (company) => fr`Nous avons travaillé dans la même entreprise : ${company}.`,
    ],
    honor: [(m) => fr`Félicitations pour la distinction ${m} !`, (m) => `J'ai vu sur votre profil la distinction ${m}.`],
    none: [
      "J'espère que vous ne m'en voudrez pas de vous écrire sans que nous nous connaissions.",
      'Je vous écris avec une demande courte et précise.',
      'Je me permets de vous écrire ce court message.',
    ],
    noneShort: 'Je me permets de vous écrire.',
  },
  typedSentence: /^(?:je|j'|nous|merci|félicitations|bravo|comme|après|quand|depuis|en lisant|votre\s+\S+\s+(?:m'a|a|est))(?![\p{L}])|\s(?:était|est|a|ont|m'a)\s/iu,
  cite,
  introductions: {
    nameAndIntro: (name, intro) => `Je m'appelle ${name} et je suis ${intro}.`,
    introOnly: (intro) => `Je suis ${intro}.`,
    nameOnly: (name) => `Je m'appelle ${name}.`,
  },
  intro: {
    sentence: /^(?:je|j'|mon|ma|mes|actuellement)(?![\p{L}])/iu,
    clauseBreak: /\s*(?:,|;|\s[–—-]\s|\s(?=(?:spécialisée?|centrée? sur|qui|où|et (?:je|actuellement))(?![\p{L}])))\s*/iu,
    placeTail: /\s+(?:chez|à|au sein d(?:e|')|pour|dans)\s*.*$/,
    asRole: lowerFirst,
  },
  goals: {
    short: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `Cette année, mon objectif est ${de(verb)}` : `Cette année, je me concentre sur ${lowerFirst(goal)}`;
    },
    ownTime: {
      says: /\b(?:d'ici|en|dans|avant|sous)\s+(?:(?:un|une|deux|trois|six|douze|les|la|le|prochaine?s?|\d+)\s+)*(?:ans?|années?|mois|semaines?)\b|\bcette année\b|\b(?:19|20)\d{2}\b/i,
      short: (goal) => {
        const verb = asInfinitive(goal);
        return verb ? `Mon objectif est ${de(verb)}` : `Je me concentre sur ${lowerFirst(goal)}`;
      },
    },
    long: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `D'ici quelques années, j'aimerais ${verb}` : `D'ici quelques années, je vise ${lowerFirst(goal)}`;
    },
  },
  whyThem: [
    {
      withGoal: (goal, overlap) => `${goal}, et votre expérience en ${overlap} est exactement ce dont j'aimerais m'inspirer.`,
      alone: (overlap) => `Votre expérience en ${overlap} est exactement ce dont j'aimerais m'inspirer.`,
    },
    {
      withGoal: (goal, overlap) => fr`${goal} : c'est pourquoi votre expérience en ${overlap} a retenu mon attention.`,
      alone: (overlap) => `C'est votre expérience en ${overlap} qui m'a fait penser à vous.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}. Je m'adresse à vous en particulier pour votre expérience en ${overlap}.`,
      alone: (overlap) => `Je m'adresse à vous en particulier pour votre expérience en ${overlap}.`,
    },
  ],
  asks,
  topicDefault: 'votre parcours professionnel',
  topicOf: topicReader({ lowerFirst, asInfinitive, howTo: (verb) => `comment ${verb}`, guidance, leading: /^(?:sur|au sujet de|à propos de)\s+/i }),
  closes: {
    full: [
      "Je suis flexible et m'adapterai volontiers à votre agenda. Merci d'avoir pris le temps de lire ma demande.",
      "Le moment qui vous convient sera le mien, et je comprendrais tout à fait que ce ne soit pas le bon moment. Merci de m'avoir lu.",
      "Je m'adapte volontiers à votre agenda, et un court appel suffira largement. Merci pour votre temps.",
      "Si le moment est mal choisi, aucun problème. Merci de votre attention.",
    ],
    short: [fr`Je m'adapte volontiers à votre agenda. Merci !`, fr`Le moment qui vous convient sera le mien. Merci !`, fr`Sans aucune obligation de votre part. Merci !`],
    minimal: fr`Merci !`,
    signOffLetter: (name) => `Bien cordialement,\n${name}`,
  },
  subjects: {
    maxLength: 70,
    aboutMention: (mention) => `Une question à propos de ${mention}`,
    aboutTopic: (topic) => `Deux ou trois questions sur ${topic}`,
    aboutExperience: (overlap) => `Question sur votre expérience en ${overlap}`,
    aboutRole: (role) => `Question sur votre travail en tant que ${role}`,
    fellowSchool: (school) => fr`${school} : une question de quelqu'un qui y a aussi étudié`,
    fellowCompany: (company) => fr`${company} : une question de quelqu'un qui y a aussi travaillé`,
    generic: 'Une courte question sur votre parcours professionnel',
  },
  listOf: list,
  lowerFirst,
  asInfinitive,
};
