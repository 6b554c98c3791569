/**
 * A French draft as a careful native writer would send it: "vous" throughout, no form that
 * needs the reader's gender ("Bonjour Lucie," rather than "Chère/Cher") and none that gives
 * away the writer's (no "ravi(e)", "reconnaissant(e)", "m'a marqué(e)": "j'aimerais",
 * "merci"). Typography of the Imprimerie nationale: « » with a narrow no-break space inside,
 * a narrow no-break space before ; ! ? and a no-break space before a colon, all written by
 * `fr` below so that no line can break before them. No idioms.
 */
import { tidy } from '../text';
import { type GuidanceNames, infinitiveReader, listWith, lowerFirstWord, topicReader } from './shape';
import type { Ask, CiteWords, FollowUpWords, MadeNoun, Wording } from './types';

const thin = '\u202F';
const space = '\u00A0';

/** French spacing for the words written here (not for what is put in them): "Merci !" → "Merci\u202F!". */
export function fr(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  const spaced = (text: string) =>
    text
      .replace(/ ([;!?])/g, `${thin}$1`)
      .replace(/ :/g, `${space}:`)
      .replace(/« /g, `«${thin}`)
      .replace(/ »/g, `${thin}»`);
  return strings.reduce((text, part, index) => text + spaced(part) + (index < values.length ? String(values[index]) : ''), '');
}

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
const de = (phrase: string) => (/^[aeiouyhâàéèêëîïôûù]/i.test(phrase) ? `d'${phrase}` : `de ${phrase}`);

const lowerFirst = lowerFirstWord;

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

const list = listWith(() => 'et');

const followUps: FollowUpWords = {
  checkIn: {
    subject: 'Suite à mon message',
    body: (minutes, topic) =>
      fr`J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de mon précédent message, dans lequel je vous demandais un échange de ${minutes} minutes` +
      (topic ? ` sur ${topic}` : '') +
      fr`. Je sais combien les agendas peuvent être chargés : aucune obligation, mais j'aimerais beaucoup échanger avec vous quand vous aurez un moment.`,
  },
  askedAbout: /(?:questions?|échange|échanger|appel|minutes|café virtuel)\s+(?:sur|au sujet de|à propos de)\s+([^.,;?!\n\u202F\u00A0]{3,80})/i,
  askedTail: /\s+(?:dans les semaines à venir|dans les prochaines semaines|quand cela vous arrange|au moment qui vous convient|à votre convenance)$/i,
  logReply: [
    'Sa réponse se trouve dans la conversation ouverte sur LinkedIn. La lire là-bas.',
    'L’enregistrer ici : la relance n’est plus utile, et l’étape suivante consiste à proposer des créneaux pour l’échange.',
  ],
  withdrawInvitation: [
    'L’invitation attend depuis trois semaines sans réponse.',
    'La retirer soi-même sur LinkedIn (Réseau, Gérer, Envoyées) : trop d’invitations en attente peuvent entraîner la restriction du compte, et une invitation retirée peut être renvoyée après trois semaines.',
    'Le conseil du guide : sans réponse, mieux vaut passer à autre chose. Consacrer son énergie au prochain message.',
  ],
  moveOn: [
    "Aucune réponse au premier message ni à la relance.",
    fr`Le conseil du guide : sans réponse, mieux vaut passer à autre chose. Clore ce contact en « Sans réponse ».`,
    "Ce n'est pas personnel : beaucoup de gens sont débordés. Mieux vaut consacrer son énergie au prochain message.",
  ],
  schedule: {
    subject: 'Merci, et un moment pour notre échange',
    thanks: (minutes) => `Merci beaucoup pour votre réponse, et d'avoir accepté un échange de ${minutes} minutes.`,
    times: fr`Je suis flexible et m'adapterai volontiers à votre agenda. Pourriez-vous m'indiquer deux ou trois créneaux qui vous conviennent dans les semaines à venir ?`,
    invite: "Dès que nous en aurons choisi un, je vous enverrai une invitation dans votre fuseau horaire.",
  },
  prep: {
    them: 'votre contact',
    summary: (minutes, who, when) => [`Échange de ${minutes} minutes avec ${who}.`, ...when].join('\n'),
    you: (when) => fr`Votre heure : ${when}`,
    theirs: (when) => fr`Heure de votre contact : ${when}`,
    locale: 'fr-FR',
    reminders: (minutes, outreach) => [
      outreach ? fr`Relire le premier message envoyé : « ${tidy(outreach)} »` : 'Relire le premier message envoyé.',
      "Être à l'heure, écouter plus que parler. Prendre des notes et rebondir sur ce qui est dit.",
      fr`Respecter les ${minutes} minutes demandées. Quelques minutes avant la fin, dire : « Je vois que nous arrivons aux ${minutes} minutes que je vous avais demandées, et je tiens à respecter votre temps. »`,
      'Terminer en remerciant, et envoyer un message de remerciement dans les 24 heures.',
    ],
  },
  questions: {
    // No past participle after "vous": it would have to agree with the reader's gender.
    hook: (hook) => fr`Quand vous avez écrit « ${hook} », quelle expérience était à l'origine de ce point de vue ?`,
    move: (from, role) => fr`Avec le recul, dans votre passage de ${from} à votre poste de ${role}, qu'auriez-vous aimé savoir avant ?`,
    role: (role) => fr`Qu'est-ce qui vous surprend le plus dans votre travail en tant que ${role} ?`,
    skill: (skill) => fr`Si vous commenciez aujourd'hui, que feriez-vous en premier pour maîtriser ${skill} ?`,
    shortGoal: (goal) => fr`Si vous étiez à ma place et vouliez ${goal} dans les six prochains mois, sur quoi vous concentreriez-vous d'abord ?`,
    longGoal: (goal) => fr`Que rechercheriez-vous chez une personne qui souhaite ${goal} dans les prochaines années ?`,
    general: [
      fr`Quelle décision de votre carrière prendriez-vous autrement aujourd'hui, et pourquoi ?`,
      fr`Quelles habitudes vous ont le plus permis de progresser dans votre domaine ?`,
      fr`Auprès de qui d'autre devrais-je apprendre, et que devrais-je lui demander ?`,
    ],
  },
  thankYou: {
    subject: "Merci pour votre temps aujourd'hui",
    body: (takeaways) =>
      takeaways.length
        ? `Merci encore pour votre temps aujourd'hui. Vos conseils sur ${list(takeaways)} m'ont été très précieux, et je réfléchis déjà à la façon de les mettre en pratique.`
        : "Merci encore pour votre temps aujourd'hui, et pour avoir partagé votre expérience avec autant de générosité.",
    addTakeaways: fr`Noter une ou deux idées retenues de l'échange (le guide : « mentionnez une ou deux idées clés ») dans les notes de ce contact : le brouillon les reprendra.`,
    checkInLater: "Si cela vous convient, j'aimerais beaucoup revenir vers vous dans quelques mois pour vous donner des nouvelles de mes progrès.",
    within24Hours: "À envoyer dans les 24 heures qui suivent l'échange, tant qu'il est frais dans les deux esprits.",
  },
  progress: {
    subject: 'Quelques nouvelles, et merci',
    body: (advice, tried) => {
      if (advice && tried) return `Suivant votre conseil ${de(lowerFirst(advice))}, ${tried}.`;
      if (advice) return `Suivant votre conseil ${de(lowerFirst(advice))}, j'ai commencé à le mettre en pratique, et cela m'aide déjà.`;
      if (tried) return fr`Je voulais vous donner quelques nouvelles depuis notre échange : ${tried}.`;
      return fr`Je voulais vous donner quelques nouvelles depuis notre échange : je mets vos conseils en pratique, et cela m'aide déjà.`;
    },
    thanks: "Merci encore d'avoir pris le temps de m'aider. J'aurais plaisir à savoir comment les choses se passent pour vous aussi.",
  },
  keepInTouch: {
    subject: 'Quelques nouvelles',
    body: (goal) =>
      goal
        ? fr`Quelques mois ont passé, et je voulais vous dire où j'en suis : je continue de travailler pour ${goal}, et vos conseils m'aident toujours.`
        : "Quelques mois ont passé, et je voulais vous dire où j'en suis et vous remercier encore pour votre aide.",
    ask: (minutes) =>
      `Si vous aviez ${minutes} minutes dans les semaines à venir, votre avis sur ma prochaine étape me serait précieux. Je m'adapte volontiers à votre agenda.`,
  },
  mismatch: {
    subject: 'Merci pour vos conseils',
    body: (need) =>
      need
        ? `Merci beaucoup pour vos premiers conseils. Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est d'une personne ayant une expérience plus approfondie en ${lowerFirst(need)}. Merci pour la clarté que vous m'avez apportée.`
        : "Merci beaucoup pour vos premiers conseils. Grâce à vous, je vois plus clairement de quelle aide j'ai besoin à présent. Merci pour la clarté que vous m'avez apportée.",
  },
  naturalEnd: {
    subject: 'Merci',
    periodYear: "l'année écoulée",
    periodMonths: 'ces derniers mois',
    periodUnknown: 'nos échanges',
    body: (period) =>
      `J'ai le sentiment d'avoir énormément progressé grâce à vos conseils tout au long de ${period}. J'ai atteint les objectifs que nous nous étions fixés, et je ne saurais assez vous remercier. J'aimerais beaucoup rester en contact alors que j'aborde cette nouvelle étape.`,
  },
};

export const french: Wording = {
  language: 'fr',
  greetings: {
    formal: (first) => `Bonjour ${first},`,
    informal: (first) => `Bonjour ${first},`,
    neutral: 'Bonjour,',
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
      (school) => fr`Nous avons étudié dans le même établissement : ${school}.`,
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
  followUps,
};
