/**
 * A Spanish draft, written as a careful native writer would write it, not translated: "usted"
 * throughout (the safe register for a first message to someone senior, in Spain and in Latin
 * America alike), no form that needs the reader's gender ("Hola, Lucía:" rather than
 * "Estimado/Estimada"; "¿Tendría 15 minutos…?" rather than "¿Estaría dispuesto/a…?") and none
 * that gives away the writer's ("le agradecería", not "estoy agradecido/a"). Typography of
 * the RAE: ¿…? and ¡…!, the letter's greeting followed by a colon and a capital, quotations
 * in « ». Words common to Spain and Latin America ("videollamada", "café virtual", "me
 * inspiró"), no idioms.
 */
import { type GuidanceNames, infinitiveReader, listWith, lowerFirstWord, topicReader } from './shape';
import type { Ask, CiteWords, MadeNoun, Wording } from './types';

const nouns: Record<MadeNoun, string> = {
  article: 'artículo',
  talk: 'charla',
  post: 'publicación',
  project: 'proyecto',
  piece: 'contenido',
  episode: 'episodio',
  book: 'libro',
  paper: 'artículo',
};

/** "a el" and "de el" are always "al" and "del". */
export const contracted = (text: string) => text.replace(/\b(a|de) el\b/g, (_, preposition: string) => (preposition === 'a' ? 'al' : 'del'));

export const lowerFirst = lowerFirstWord;

/** An infinitive ends in -ar, -er or -ir (with its pronoun: "presentarlos", "dedicarme"). */
const asInfinitive = infinitiveReader(
  /^(?:(?:yo\s+)?(?:quiero|quisiera|deseo|busco|espero|me gustaría|pretendo|aspiro a)|mi (?:objetivo|meta) es)\s+/i,
  (phrase) => /^\p{Ll}+(?:ar|er|ir|ír)(?:me|te|se|lo|la|los|las|le|les|nos)?\b/u.test(phrase),
  lowerFirst,
);

/**
 * A draft addresses them as "usted" ("su artículo", "cuando le venga bien"): a question I typed
 * to them as "tú" ("cómo pasaste del campo a…", "tu experiencia") is said the same way, or the
 * letter mixes both. The past tense and the possessive, which is how such questions are typed.
 */
const irregularPast: Record<string, string> = { diste: 'dio', viste: 'vio', hiciste: 'hizo', fuiste: 'fue', tuviste: 'tuvo', pudiste: 'pudo', supiste: 'supo', dijiste: 'dijo', viniste: 'vino', quisiste: 'quiso', estuviste: 'estuvo', empezaste: 'empezó', elegiste: 'eligió' };
/** Verbs whose "te" is to them, not of themselves: "qué te resultó útil" → "qué le resultó útil". */
const toThem = /^(?:resultó|pareció|gustó|sirvió|ayudó|costó|funcionó|tocó|interesó|faltó|sorprendió|dio|dijo|enseñó|ofreció|pasó|llevó|impulsó|motivó|convenció|animó|preocupó|hizo)$/;
const notPast = /^(?:triste|existe|insiste|resiste|consiste|persiste|asiste|desiste|chiste|alpiste|contraste|desgaste|baste|embiste)$/i;
export function asUsted(topic: string): string {
  return topic
    .replace(/(?<!\p{L})(\p{Ll}+?)(aste|iste)(?!\p{L})/gu, (word: string, stem: string, ending: string) =>
      irregularPast[word] ?? (notPast.test(word) ? word : `${stem}${ending === 'aste' ? 'ó' : 'ió'}`),
    )
    .replace(/\btus\b/g, 'sus')
    .replace(/\btu\b/g, 'su')
    // "te resultó útil" is said to them ("le resultó"); "te preparaste" of themselves ("se preparó").
    .replace(/(?<!\p{L})te\s+(?=(\p{Ll}+(?:ó|o))(?!\p{L}))/gu, (_, verb: string) => (toThem.test(verb) ? 'le ' : 'se '));
}

const guidance: GuidanceNames = {
  'technical advice': 'consejo técnico',
  'career strategy': 'estrategia profesional',
  'navigating the organization': 'cómo moverse dentro de una organización',
  encouragement: 'ánimo',
};

const cite: CiteWords = {
  formatWord: /^(?:ponencia|charla|conferencia|keynote|episodio|artículo|webinar)(?![\p{L}])/iu,
  quoted: (noun, recent, quote, venue) => `su ${nouns[noun]}${recent ? ' reciente' : ''} «${quote}»${venue ? ` en ${venue}` : ''}`,
  onTopic: (noun, recent, topic) => `su ${nouns[noun]}${recent ? ' reciente' : ''} sobre ${topic}`,
  plainMade: (noun, recent) => `su ${nouns[noun]}${recent ? ' reciente' : ''}`,
  honor: (title, by) => (by ? `«${title}» (${by})` : `«${title}»`),
  role: {
    full: (title, company) => `su trabajo como ${title} en ${company}`,
    atCompany: (company) => `su trabajo en ${company}`,
    asTitle: (title) => `su trabajo como ${title}`,
    plain: 'su trabajo actual',
  },
  // "Etapa" is one word for a short stint and for years, and keeps the verb in the singular.
  past: {
    full: (title, company) => `su etapa como ${title} en ${company}`,
    atCompany: (company) => `su etapa en ${company}`,
  },
  volunteering: (organization, role) => (role ? `su voluntariado como ${role} en ${organization}` : `su voluntariado en ${organization}`),
  sameSchool: '',
  sameCompany: '',
  about: { quoted: (quote) => `la frase de su perfil «${quote}»`, plain: 'lo que escribe en su perfil' },
};

const asks: Ask[] = [
  {
    full: (minutes, topic) =>
      `Sé que su tiempo es valioso, pero le agradecería mucho la oportunidad de hacerle dos o tres preguntas concretas sobre ${topic}. ¿Tendría ${minutes} minutos para un breve café virtual en las próximas semanas?`,
    // El tema al final: un tema que termina en sus propias palabras no se mezcla con «en las próximas semanas».
    short: (minutes, topic) => `¿Tendría ${minutes} minutos en las próximas semanas para un breve café virtual sobre ${topic}?`,
    note: (minutes, topic) => `¿Hablamos ${minutes} minutos sobre ${topic}, cuando le venga bien?`,
  },
  {
    full: (minutes, topic) =>
      `Tengo dos o tres preguntas concretas sobre ${topic}. ¿Podría dedicarme ${minutes} minutos para una breve videollamada en las próximas semanas?`,
    short: (minutes, topic) => `¿Podría dedicarme ${minutes} minutos en las próximas semanas para dos o tres preguntas sobre ${topic}?`,
    note: (minutes, topic) => `En una llamada de ${minutes} minutos, cuando le convenga, ¿podría preguntarle sobre ${topic}?`,
  },
  {
    full: (minutes, topic) =>
      `Si le parece bien, le agradecería ${minutes} minutos de su tiempo, en un breve café virtual, para hacerle dos o tres preguntas sobre ${topic}.`,
    short: (minutes, topic) => `Si le parece bien, le agradecería una conversación de ${minutes} minutos sobre ${topic}.`,
    note: (minutes, topic) => `¿Podríamos hablar ${minutes} minutos sobre ${topic}, en el momento que mejor le venga?`,
  },
  {
    full: (minutes, topic) =>
      `Le agradecería mucho un café virtual de ${minutes} minutos en las próximas semanas para hacerle dos o tres preguntas sobre ${topic}.`,
    short: (minutes, topic) => `¿Podríamos encontrar ${minutes} minutos para una breve llamada sobre ${topic}?`,
    note: (minutes, topic) => `¿Tendría ${minutes} minutos para una llamada sobre ${topic}, cuando mejor le convenga?`,
  },
];

export const list = listWith((next) => (/^h?i(?![aeiouáéíóú])/i.test(next) ? 'e' : 'y'));

export const spanish: Wording = {
  language: 'es',
  greetings: {
    formal: (first) => `Buenos días, ${first}:`,
    informal: (first) => `Hola, ${first}:`,
    neutral: 'Buenos días:',
    // A letter keeps the title their name shows ("Dra.", "Ing.", "Lic."), with the family name when its order is known.
    // "Dr." says no gender ("Dr. Priya Raman"): "Dr." to a woman is wrong, so the whole name instead.
    titled: ({ kind, feminine, family, full }, letter) => {
      if (!letter) return undefined;
      if (kind === 'doctor' && !feminine) return `Buenos días, ${full}:`;
      const titles = { doctor: 'Dra.', professor: feminine ? 'Profa.' : 'Prof.', engineer: 'Ing.', licentiate: feminine ? 'Lcda.' : 'Lic.' };
      return `Buenos días, ${titles[kind]} ${family ?? full}:`;
    },
  },
  // After the greeting's colon the letter goes on with a capital, on the same line in a note too.
  afterGreeting: (sentence) => sentence,
  openings: {
    made: [
      (m) => `Me inspiró mucho ${m}.`,
      (m) => `Sigo pensando en ${m}.`,
      (m) => `Muchas gracias por ${m}: aprendí mucho.`,
      (m) => `Le escribo a raíz de ${m}.`,
      (m) => `${m} me dio mucho que pensar.`,
    ],
    work: [
      (m) => `Sigo con mucho interés ${m}.`,
      (m) => `${m} es el motivo de este mensaje.`,
      (m) => `Me encantaría saber más sobre ${m}.`,
      (m) => `${m} me llamó la atención.`,
      (m) => `Le escribo a raíz de ${m}.`,
    ],
    past: [(m) => `Me encantaría saber más sobre ${m}.`, (m) => `${m} me llamó la atención.`, (m) => `Le escribo a raíz de ${m}.`],
    'shared-school': [
      // A university's name takes an article in a sentence ("en la Universidad de…"): it stands after a colon.
      (school) => `Vi en su perfil que compartimos centro de estudios: ${school}.`,
      (school) => `Tenemos algo en común: ${school}, donde yo también estudié.`,
      (school) => `Estudiamos en el mismo lugar: ${school}.`,
    ],
    'shared-company': [
      (company) => `Vi que usted también pasó por ${company}, como yo.`,
      (company) => `Tenemos algo en común: ${company}, donde yo también trabajé.`,
      (company) => `Yo también trabajé en ${company}.`,
    ],
    honor: [(m) => `¡Felicidades por la distinción ${m}!`, (m) => `Vi en su perfil la distinción ${m}.`],
    none: [
      'Espero que no le importe recibir un mensaje de alguien a quien aún no conoce.',
      'Le escribo con una petición breve y concreta.',
      'Espero que no le moleste este mensaje inesperado.',
    ],
    noneShort: 'Espero que no le importe este breve mensaje.',
  },
  typedSentence: /^(?:yo|me|le|he|hemos|gracias|muchas|enhorabuena|felicidades|como|después|cuando|desde|al|leí|vi|escuché|esto|eso)(?![\p{L}])|\s(?:fue|es|era|ha|han|me|le)\s/iu,
  cite,
  introductions: {
    nameAndIntro: (name, intro) => `Soy ${name}, ${intro}.`,
    introOnly: (intro) => `Soy ${intro}.`,
    nameOnly: (name) => `Soy ${name}.`,
  },
  intro: {
    sentence: /^(?:soy|trabajo|estudio|dirijo|lidero|llevo|me|mi|actualmente)(?![\p{L}])/iu,
    clauseBreak: /\s*(?:,|;|\s[–—-]\s|\s(?=(?:centrad[oa] en|enfocad[oa] en|especializad[oa] en|donde|que|y (?:actualmente|ahora))(?![\p{L}])))\s*/iu,
    placeTail: /\s+(?:en|para)\s+.*$/,
    asRole: lowerFirst,
  },
  goals: {
    short: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `Este año mi objetivo es ${verb}` : `Este año me centro en ${lowerFirst(goal)}`;
    },
    ownTime: {
      says: /\b(?:en|durante|dentro de|antes de)\s+(?:(?:los|las|el|la|un|una|próximos|próximas|\d+)\s+)*(?:años?|mes(?:es)?|semanas?)\b|\beste año\b|\b(?:19|20)\d{2}\b/i,
      short: (goal) => {
        const verb = asInfinitive(goal);
        return verb ? `Mi objetivo es ${verb}` : `Me centro en ${lowerFirst(goal)}`;
      },
    },
    long: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `En los próximos años quiero ${verb}` : contracted(`En los próximos años aspiro a ${lowerFirst(goal)}`);
    },
  },
  whyThem: [
    {
      withGoal: (goal, overlap) => `${goal}, y su experiencia en ${overlap} es justo lo que busco.`,
      alone: (overlap) => `Su experiencia en ${overlap} es justo lo que busco.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}, por eso me llamó la atención su experiencia en ${overlap}.`,
      alone: (overlap) => `Pensé en usted por su experiencia en ${overlap}.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}. Le escribo a usted en particular por su experiencia en ${overlap}.`,
      alone: (overlap) => `Le escribo a usted en particular por su experiencia en ${overlap}.`,
    },
  ],
  asks,
  topicDefault: 'su trayectoria profesional',
  topicOf: (me) => asUsted(topicReader({ lowerFirst, asInfinitive, howTo: (verb) => `cómo ${verb}`, guidance, leading: /^(?:sobre|acerca de)\s+/i })(me)),
  closes: {
    full: [
      'Tengo total flexibilidad y me adapto a su agenda. Muchas gracias por considerar mi petición.',
      'Cualquier momento que le venga bien me sirve, y entiendo perfectamente si ahora no es buen momento. Gracias por leer este mensaje.',
      'Me adapto con gusto a su calendario, y una llamada breve es más que suficiente. Gracias por su tiempo.',
      'Si ahora no es buen momento, no se preocupe en absoluto. Gracias por tenerlo en cuenta.',
    ],
    short: ['Me adapto a su agenda. ¡Muchas gracias!', 'Cualquier momento que le venga bien me sirve. ¡Gracias!', 'Sin ningún compromiso. ¡Muchas gracias!'],
    minimal: '¡Muchas gracias!',
    signOffLetter: (name) => `Un cordial saludo,\n${name}`,
  },
  subjects: {
    maxLength: 70,
    aboutMention: (mention) => `Una pregunta a propósito de ${mention}`,
    aboutTopic: (topic) => `Dos o tres preguntas sobre ${topic}`,
    aboutExperience: (overlap) => `Consulta sobre su experiencia en ${overlap}`,
    aboutRole: (role) => `Consulta sobre su trabajo como ${role}`,
    fellowSchool: (school) => `${school}: una consulta de alguien que también estudió allí`,
    fellowCompany: (company) => `${company}: una consulta de alguien que también trabajó allí`,
    generic: 'Una breve consulta sobre su trayectoria profesional',
  },
  listOf: list,
  lowerFirst,
  asInfinitive,
};
