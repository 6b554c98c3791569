/**
 * A Portuguese draft as a careful native writer would send it. The address: "o senhor / a
 * senhora" needs the reader's gender and reads as distant, even old-fashioned, on Brazilian
 * LinkedIn, while "você" is the Brazilian professional norm but can sound brusque in Portugal.
 * The drafts therefore use the verb in the third person without a pronoun ("Teria 15
 * minutos…?", "sua palestra", "lhe convenha"): courteous in both countries, and never
 * gendered. Brazilian spelling and word order ("me inspirou"); no "obrigado/obrigada" (it says
 * the writer's gender): "Agradeço". Quotations in “ ”, as Brazilian writing uses them.
 */
import { type GuidanceNames, infinitiveReader, listWith, lowerFirstWord, topicReader } from './shape';
import type { Ask, CiteWords, MadeNoun, Wording } from './types';

/** Each noun with its gender, for "seu artigo" but "sua palestra". */
const nouns: Record<MadeNoun, { word: string; feminine?: true }> = {
  article: { word: 'artigo' },
  talk: { word: 'palestra', feminine: true },
  post: { word: 'publicação', feminine: true },
  project: { word: 'projeto' },
  piece: { word: 'conteúdo' },
  episode: { word: 'episódio' },
  book: { word: 'livro' },
  paper: { word: 'artigo' },
};

const named = (noun: MadeNoun, recent: boolean) => {
  const { word, feminine } = nouns[noun];
  return `${feminine ? 'sua' : 'seu'} ${word}${recent ? ' recente' : ''}`;
};

export const lowerFirst = lowerFirstWord;

/**
 * A company's name takes the article of "a empresa" ("na Quetzal Pay", "pela Natura"), unless
 * it opens with a masculine noun ("no Grupo Boticário", "pelo Banco do Brasil").
 */
export const masculine = /^(?:grupo|banco|instituto|hospital|centro|laboratório|escritório|conselho|ministério|departamento|hub|clube|sistema)(?![\p{L}])/iu;
const em = (name: string) => (masculine.test(name) ? 'no' : 'na');
const por = (name: string) => (masculine.test(name) ? 'pelo' : 'pela');

const asInfinitive = infinitiveReader(
  /^(?:(?:eu\s+)?(?:quero|queria|gostaria de|pretendo|espero|busco)|meu objetivo é)\s+/i,
  (phrase) => /^\p{Ll}+(?:ar|er|ir|or|ôr)(?:-(?:me|se|lo|la|los|las))?(?![\p{L}])/u.test(phrase),
  lowerFirst,
);

const guidance: GuidanceNames = {
  'technical advice': 'conselhos técnicos',
  'career strategy': 'estratégia de carreira',
  'navigating the organization': 'como se orientar dentro de uma organização',
  encouragement: 'incentivo',
};

const cite: CiteWords = {
  formatWord: /^(?:palestra|keynote|episódio|artigo|webinar)(?![\p{L}])/iu,
  quoted: (noun, recent, quote, venue) => `${named(noun, recent)} “${quote}”${venue ? ` (${venue})` : ''}`,
  onTopic: (noun, recent, topic) => `${named(noun, recent)} sobre ${topic}`,
  plainMade: named,
  honor: (title, by) => (by ? `“${title}” (${by})` : `“${title}”`),
  role: {
    full: (title, company) => `seu trabalho como ${title} ${em(company)} ${company}`,
    atCompany: (company) => `seu trabalho ${em(company)} ${company}`,
    asTitle: (title) => `seu trabalho como ${title}`,
    plain: 'seu cargo atual',
  },
  past: {
    full: (title, company) => `sua passagem ${por(company)} ${company} como ${title}`,
    atCompany: (company) => `sua passagem ${por(company)} ${company}`,
  },
  volunteering: (organization, role) =>
    role ? `seu trabalho voluntário como ${role} ${em(organization)} ${organization}` : `seu trabalho voluntário ${em(organization)} ${organization}`,
  sameSchool: '',
  sameCompany: '',
  about: { quoted: (quote) => `a frase do seu perfil “${quote}”`, plain: 'o que escreveu no seu perfil' },
};

const asks: Ask[] = [
  {
    full: (minutes, topic) =>
      `Sei que seu tempo é precioso, mas gostaria muito de fazer duas ou três perguntas específicas sobre ${topic}. Teria ${minutes} minutos para um breve café virtual nas próximas semanas?`,
    short: (minutes, topic) => `Teria ${minutes} minutos para um breve café virtual sobre ${topic} nas próximas semanas?`,
    note: (minutes, topic) => `Teria ${minutes} minutos para conversarmos sobre ${topic}, quando for conveniente?`,
  },
  {
    full: (minutes, topic) => `Tenho duas ou três perguntas específicas sobre ${topic}. Teria ${minutes} minutos para uma breve videochamada nas próximas semanas?`,
    short: (minutes, topic) => `Teria ${minutes} minutos nas próximas semanas para duas ou três perguntas sobre ${topic}?`,
    note: (minutes, topic) => `Posso fazer algumas perguntas sobre ${topic} numa conversa de ${minutes} minutos, quando lhe for conveniente?`,
  },
  {
    full: (minutes, topic) =>
      `Se for possível, gostaria de pedir ${minutes} minutos do seu tempo para fazer duas ou três perguntas sobre ${topic}, num breve café virtual.`,
    short: (minutes, topic) => `Se for possível, gostaria de conversar ${minutes} minutos sobre ${topic}.`,
    note: (minutes, topic) => `Poderíamos conversar ${minutes} minutos sobre ${topic}, no horário que preferir?`,
  },
  {
    full: (minutes, topic) =>
      `Agradeceria muito um café virtual de ${minutes} minutos nas próximas semanas, para fazer duas ou três perguntas sobre ${topic}.`,
    short: (minutes, topic) => `Poderíamos encontrar ${minutes} minutos para uma breve conversa sobre ${topic}?`,
    note: (minutes, topic) => `Teria ${minutes} minutos para uma conversa sobre ${topic}, no momento que achar melhor?`,
  },
];

export const list = listWith(() => 'e');

export const portuguese: Wording = {
  language: 'pt',
  greetings: {
    formal: (first) => `Olá, ${first},`,
    informal: (first) => `Olá, ${first},`,
    neutral: 'Olá,',
    // A letter keeps the title their name shows, with the family name (the last one: "Dra. Silva").
    // "Dr." says no gender ("Dr. Priya Raman"): "Dr." to a woman is wrong, so the whole name instead.
    titled: ({ kind, feminine, family, full }, letter) => {
      if (!letter || (kind !== 'doctor' && kind !== 'professor')) return undefined;
      if (kind === 'doctor' && !feminine) return `Olá, ${full},`;
      const title = kind === 'doctor' ? 'Dra.' : feminine ? 'Profa.' : 'Prof.';
      return `Olá, ${title} ${family ?? full.split(' ').pop()},`;
    },
  },
  // A note goes on after "Olá, Lúcia," in lower case; a letter starts a new paragraph.
  afterGreeting: (sentence, note) => (note && !/^(?:“|\p{Lu}{2,})/u.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence),
  openings: {
    made: [
      (m) => `${m} me inspirou muito.`,
      (m) => `${m} me deu muito o que pensar.`,
      (m) => `Acompanhei com muito interesse ${m}.`,
      (m) => `${m} é o motivo desta mensagem.`,
    ],
    work: [
      (m) => `Acompanho com muito interesse ${m}.`,
      (m) => `${m} é o motivo desta mensagem.`,
      (m) => `Gostaria muito de saber mais sobre ${m}.`,
      (m) => `${m} chamou a minha atenção.`,
    ],
    past: [(m) => `Gostaria muito de saber mais sobre ${m}.`, (m) => `${m} chamou a minha atenção.`, (m) => `${m} é o motivo desta mensagem.`],
    'shared-school': [
      (school) => `Vi que estudamos na mesma instituição: ${school}.`,
      (school) => `Temos algo em comum: ${school}, onde também estudei.`,
      (school) => `Estudamos na mesma instituição: ${school}.`,
    ],
    'shared-company': [
      (company) => `Vi que trabalhamos na mesma empresa: ${company}.`,
      (company) => `Temos algo em comum: ${company}, onde também trabalhei.`,
      (company) => `Trabalhamos na mesma empresa: ${company}.`,
    ],
    honor: [(m) => `Parabéns pelo reconhecimento ${m}!`, (m) => `Vi no seu perfil o reconhecimento ${m}.`],
    none: [
      'Espero que não se importe de receber uma mensagem de alguém que ainda não conhece.',
      'Escrevo com um pedido breve e específico.',
      'Espero que não se importe com esta mensagem inesperada.',
    ],
    noneShort: 'Espero que não se importe com esta breve mensagem.',
  },
  typedSentence: /^(?:eu|me|li|vi|assisti|parabéns|agradeço|como|depois|quando|desde|ao)(?![\p{L}])|\s(?:foi|é|era|tem|me)\s/iu,
  cite,
  introductions: {
    nameAndIntro: (name, intro) => `Meu nome é ${name} e sou ${intro}.`,
    introOnly: (intro) => `Sou ${intro}.`,
    nameOnly: (name) => `Meu nome é ${name}.`,
  },
  intro: {
    sentence: /^(?:sou|trabalho|estudo|lidero|atualmente|meu|minha|eu)(?![\p{L}])/iu,
    clauseBreak: /\s*(?:,|;|\s[–—-]\s|\s(?=(?:focad[oa] em|especializad[oa] em|que|onde|e (?:atualmente|agora))(?![\p{L}])))\s*/iu,
    placeTail: /\s+(?:na|no|em|para)\s+.*$/,
    asRole: lowerFirst,
  },
  goals: {
    short: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `Neste ano, meu objetivo é ${verb}` : `Neste ano, meu foco é ${lowerFirst(goal)}`;
    },
    ownTime: {
      says: /\b(?:em|dentro de|até|nos|nas)\s+(?:(?:um|uma|dois|duas|três|seis|doze|próximos|próximas|\d+)\s+)*(?:anos?|mes(?:es)?|semanas?)\b|\beste ano\b|\b(?:19|20)\d{2}\b/i,
      short: (goal) => {
        const verb = asInfinitive(goal);
        return verb ? `Meu objetivo é ${verb}` : `Meu foco é ${lowerFirst(goal)}`;
      },
    },
    long: (goal) => {
      const verb = asInfinitive(goal);
      return verb ? `Nos próximos anos, quero ${verb}` : `Nos próximos anos, busco ${lowerFirst(goal)}`;
    },
  },
  whyThem: [
    {
      withGoal: (goal, overlap) => `${goal}, e sua experiência em ${overlap} é exatamente o que procuro.`,
      alone: (overlap) => `Sua experiência em ${overlap} é exatamente o que procuro.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}, e por isso sua experiência em ${overlap} chamou a minha atenção.`,
      alone: (overlap) => `Pensei em escrever por causa da sua experiência em ${overlap}.`,
    },
    {
      withGoal: (goal, overlap) => `${goal}. Escrevo justamente por causa da sua experiência em ${overlap}.`,
      alone: (overlap) => `Escrevo justamente por causa da sua experiência em ${overlap}.`,
    },
  ],
  asks,
  topicDefault: 'sua trajetória profissional',
  topicOf: topicReader({ lowerFirst, asInfinitive, howTo: (verb) => `como ${verb}`, guidance, leading: /^(?:sobre|a respeito de)\s+/i }),
  closes: {
    full: [
      'Tenho flexibilidade de horário e me adapto à sua agenda. Agradeço desde já a atenção.',
      'Qualquer horário que lhe convenha funciona para mim, e entendo perfeitamente se agora não for um bom momento. Agradeço a leitura.',
      'Adapto-me com prazer à sua agenda, e uma conversa curta já é mais do que suficiente. Agradeço pelo seu tempo.',
      'Se agora não for um bom momento, sem problema algum. Agradeço a atenção.',
    ],
    short: ['Eu me adapto à sua agenda. Agradeço desde já!', 'Qualquer horário que lhe convenha funciona para mim. Agradeço desde já!', 'Sem compromisso algum. Agradeço desde já!'],
    minimal: 'Agradeço desde já!',
    signOffLetter: (name) => `Atenciosamente,\n${name}`,
  },
  subjects: {
    maxLength: 70,
    aboutMention: (mention) => `Uma pergunta a respeito de ${mention}`,
    aboutTopic: (topic) => `Duas ou três perguntas sobre ${topic}`,
    aboutExperience: (overlap) => `Pergunta sobre sua experiência em ${overlap}`,
    aboutRole: (role) => `Pergunta sobre seu trabalho como ${role}`,
    fellowSchool: (school) => `${school}: uma pergunta de quem também estudou lá`,
    fellowCompany: (company) => `${company}: uma pergunta de quem também trabalhou lá`,
    generic: 'Uma breve pergunta sobre sua trajetória profissional',
  },
  listOf: list,
  lowerFirst,
  asInfinitive,
};
