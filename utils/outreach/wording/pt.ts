/**
 * A Portuguese draft as a careful native writer would send it. The address: "o senhor / a
 * senhora" needs the reader's gender and reads as distant, even old-fashioned, on Brazilian
 * LinkedIn, while "você" is the Brazilian professional norm but can sound brusque in Portugal.
 * The drafts therefore use the verb in the third person without a pronoun ("Teria 15
 * minutos…?", "sua palestra", "lhe convenha"): courteous in both countries, and never
 * gendered. Brazilian spelling and word order ("me inspirou"); no "obrigado/obrigada" (it says
 * the writer's gender): "Agradeço". Quotations in “ ”, as Brazilian writing uses them.
 */
import { tidy } from '../text';
import { type GuidanceNames, infinitiveReader, listWith, lowerFirstWord, topicReader } from './shape';
import type { Ask, CiteWords, FollowUpWords, MadeNoun, Wording } from './types';

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

const lowerFirst = lowerFirstWord;

/**
 * A company's name takes the article of "a empresa" ("na Quetzal Pay", "pela Natura"), unless
 * it opens with a masculine noun ("no Grupo Boticário", "pelo Banco do Brasil").
 */
const masculine = /^(?:grupo|banco|instituto|hospital|centro|laboratório|escritório|conselho|ministério|departamento|hub|clube|sistema)(?![\p{L}])/iu;
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

const list = listWith(() => 'e');

const followUps: FollowUpWords = {
  checkIn: {
    subject: 'Sobre minha mensagem anterior',
    body: (minutes, topic) =>
      `Espero que esteja tudo bem. Queria retomar minha mensagem anterior, em que pedia uma conversa de ${minutes} minutos${topic ? ` sobre ${topic}` : ''}. Sei como a agenda pode ficar cheia, então sem compromisso algum, mas gostaria muito de conversar quando tiver um momento.`,
  },
  askedAbout: /(?:perguntas?|conversa|conversarmos|conversar|videochamada|minutos|café virtual)\s+(?:sobre|a respeito de)\s+([^.,;?!\n]{3,80})/i,
  askedTail: /\s+(?:nas próximas semanas|quando for conveniente|quando lhe for conveniente|no horário que preferir|no momento que achar melhor)$/i,
  logReply: [
    'A resposta está na conversa aberta no LinkedIn. Ler lá.',
    'Registrar aqui: o lembrete já não é necessário, e o próximo passo é propor horários para a conversa.',
  ],
  withdrawInvitation: [
    'O convite está há três semanas sem resposta.',
    'Retirá-lo manualmente no LinkedIn (Minha rede, Gerenciar, Enviados): muitos convites pendentes podem levar à restrição da conta, e um convite retirado pode ser reenviado depois de três semanas.',
    'O conselho do guia: se continuar sem resposta, o melhor é seguir em frente. Dedicar a energia à próxima mensagem.',
  ],
  moveOn: [
    'Não houve resposta à primeira mensagem nem ao lembrete.',
    'O conselho do guia: se a resposta continuar sem vir, o melhor é seguir em frente. Encerrar este contato como “Sem resposta”.',
    'Não é pessoal: muitas pessoas estão sobrecarregadas. Melhor dedicar a energia à próxima mensagem.',
  ],
  schedule: {
    subject: 'Agradeço, e um horário para nossa conversa',
    thanks: (minutes) => `Agradeço muito a resposta e a disposição para uma conversa de ${minutes} minutos.`,
    times: 'Tenho flexibilidade de horário e me adapto à sua agenda. Poderia me indicar dois ou três horários que lhe convenham nas próximas semanas?',
    invite: 'Assim que combinarmos um, envio um convite de calendário no seu fuso horário.',
  },
  prep: {
    them: 'seu contato',
    summary: (minutes, who, when) => [`Conversa de ${minutes} minutos com ${who}.`, ...when].join('\n'),
    you: (when) => `Seu horário: ${when}`,
    theirs: (when) => `Horário do seu contato: ${when}`,
    locale: 'pt-BR',
    reminders: (minutes, outreach) => [
      outreach ? `Reler a primeira mensagem enviada: “${tidy(outreach)}”` : 'Reler a primeira mensagem enviada.',
      'Chegar no horário e ouvir mais do que falar. Tomar notas e fazer perguntas a partir do que for dito.',
      `Respeitar os ${minutes} minutos pedidos. Alguns minutos antes do fim, dizer: “Vejo que estamos chegando aos ${minutes} minutos que pedi, e quero respeitar seu tempo.”`,
      'Terminar agradecendo e enviar uma mensagem de agradecimento em até 24 horas.',
    ],
  },
  questions: {
    hook: (hook) => `Quando escreveu “${hook}”, que experiência levou a essa visão?`,
    move: (from, role) => `Olhando para trás, na sua passagem ${masculine.test(from) ? 'do' : 'da'} ${from} para o cargo de ${role}, o que gostaria de ter sabido antes?`,
    role: (role) => `O que mais chamou sua atenção no seu trabalho como ${role}?`,
    skill: (skill) => `Se começasse hoje, o que faria primeiro para dominar ${skill}?`,
    shortGoal: (goal) => `Se estivesse no meu lugar e quisesse ${goal} nos próximos seis meses, no que se concentraria primeiro?`,
    longGoal: (goal) => `O que procuraria em alguém que pretende ${goal} nos próximos anos?`,
    general: [
      'Que decisão da sua carreira tomaria hoje de outra forma, e por quê?',
      'Que hábitos mais ajudaram no seu crescimento na sua área?',
      'Com quem mais acha que eu deveria aprender, e o que deveria perguntar?',
    ],
  },
  thankYou: {
    subject: 'Agradeço pelo seu tempo hoje',
    body: (takeaways) =>
      takeaways.length
        ? `Agradeço mais uma vez pelo seu tempo hoje. Seus conselhos sobre ${list(takeaways)} foram de grande ajuda, e já estou pensando em como colocá-los em prática.`
        : 'Agradeço mais uma vez pelo seu tempo hoje e por compartilhar sua experiência com tanta generosidade.',
    addTakeaways:
      'Anotar uma ou duas ideias da conversa (o guia: “mencione uma ou duas lições principais”) nas notas deste contato: o rascunho vai incluí-las.',
    checkInLater: 'Se estiver de acordo, gostaria muito de escrever de novo daqui a alguns meses para contar sobre meu progresso.',
    within24Hours: 'Enviar em até 24 horas depois da conversa, enquanto ela ainda está fresca para os dois lados.',
  },
  progress: {
    subject: 'Uma breve atualização, e meu agradecimento',
    body: (advice, tried) => {
      if (advice && tried) return `Seguindo seu conselho de ${lowerFirst(advice)}, ${tried}.`;
      if (advice) return `Seguindo seu conselho de ${lowerFirst(advice)}, comecei a colocá-lo em prática, e isso já está ajudando.`;
      if (tried) return `Queria contar como foi desde a nossa conversa: ${tried}.`;
      return 'Queria contar como foi desde a nossa conversa: estou colocando seus conselhos em prática, e isso já está ajudando.';
    },
    thanks: 'Agradeço mais uma vez pelo tempo dedicado a me ajudar. Também gostaria de saber como vão as coisas do seu lado.',
  },
  keepInTouch: {
    subject: 'Uma breve atualização',
    body: (goal) =>
      goal
        ? `Já se passaram alguns meses, e queria contar em que ponto estou: continuo trabalhando para ${goal}, e seus conselhos continuam ajudando.`
        : 'Já se passaram alguns meses, e queria contar em que ponto estou e agradecer mais uma vez pela sua ajuda.',
    ask: (minutes) =>
      `Se tiver ${minutes} minutos nas próximas semanas, gostaria muito de ouvir sua opinião sobre meu próximo passo. Eu me adapto com prazer à sua agenda.`,
  },
  mismatch: {
    subject: 'Agradeço pela sua orientação',
    body: (need) =>
      need
        ? `Agradeço muito pela sua orientação inicial. Com ela, percebi que o que realmente preciso é de alguém com mais experiência em ${lowerFirst(need)}. Agradeço de coração pela clareza que me trouxe.`
        : 'Agradeço muito pela sua orientação inicial. Com ela, vejo com mais clareza que tipo de ajuda preciso agora. Agradeço de coração pela clareza que me trouxe.',
  },
  naturalEnd: {
    subject: 'Meu agradecimento',
    periodYear: 'do último ano',
    periodMonths: 'destes meses',
    periodUnknown: 'das nossas conversas',
    body: (period) =>
      `Sinto que cresci muito graças à sua orientação ao longo ${period}. Alcancei os objetivos que definimos, e não tenho palavras para agradecer. Gostaria muito de manter contato nesta nova fase.`,
  },
};

export const portuguese: Wording = {
  language: 'pt',
  greetings: {
    formal: (first) => `Olá, ${first},`,
    informal: (first) => `Olá, ${first},`,
    neutral: 'Olá,',
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
  followUps,
};
