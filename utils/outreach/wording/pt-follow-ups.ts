import { tidy } from './text';
import { list, masculine } from './pt';
import { readPortuguesePhrase } from './pt-phrases';
import { lowerFirstWord } from './shape';
import { capitalize } from './text';
import { type TypedPhrase, withoutStop, adviceAsSubject, takeawaysByForm } from './typed-phrase';
import type { FollowUpWords } from './types';

/** What the follow-up drafts say in Portuguese: apart from the first message's words, so that a first draft does not carry them. */
export const portugueseFollowUps: FollowUpWords = {
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
    shortGoal: (goal) =>
      goal.form === 'imperative'
        ? `Se estivesse no meu lugar e quisesse ${goal.text} nos próximos seis meses, no que se concentraria primeiro?`
        : goal.form === 'noun' && !goal.bare
          ? `Se estivesse no meu lugar e quisesse avançar ${contract('em', goal.text)} nos próximos seis meses, no que se concentraria primeiro?`
          : '',
    longGoal: (goal) =>
      goal.form === 'imperative'
        ? `O que procuraria em alguém que pretende ${goal.text} nos próximos anos?`
        : goal.form === 'noun' && !goal.bare
          ? `O que procuraria em alguém que busca ${goal.text} nos próximos anos?`
          : '',
    general: [
      'Que decisão da sua carreira tomaria hoje de outra forma, e por quê?',
      'Que hábitos mais ajudaram no seu crescimento na sua área?',
      'Com quem mais acha que eu deveria aprender, e o que deveria perguntar?',
    ],
  },
  readPhrase: readPortuguesePhrase,
  thankYou: {
    subject: 'Agradeço pelo seu tempo hoje',
    body: (takeaways) => {
      if (!takeaways.length) return 'Agradeço mais uma vez pelo seu tempo hoje e por compartilhar sua experiência com tanta generosidade.';
      const forms = takeawaysByForm(takeaways, isNamed);
      const advice = forms.advice.map(({ text }) => `de ${text}`);
      const about = forms.about.map(({ text }) => text);
      const quoted = forms.quoted.map(({ text }) => `“${withoutStop(text)}”`);
      const done = forms.done.map(({ text }) => `Graças à sua ajuda, ${text}.`);
      const { named, plural, aside } = adviceAsSubject(advice, about, { one: 'seu conselho', many: 'seus conselhos', on: 'sobre' }, list);
      return [
        'Agradeço mais uma vez pelo seu tempo hoje.',
        named.length
          ? `${capitalize(list(named))}${aside} ${plural ? 'foram' : 'foi'} de grande ajuda, e já estou pensando em como ${plural ? 'colocá-los' : 'colocá-lo'} em prática.`
          : '',
        quoted.length ? `${quoted.length > 1 ? 'Duas ideias da nossa conversa ficaram comigo' : 'Uma ideia da nossa conversa ficou comigo'}: ${list(quoted)}`.replace(/([^.!?…])”$/u, '$1”.') : '',
        ...done,
        named.length || !quoted.length ? '' : `Já estou pensando em como ${quoted.length > 1 ? 'colocá-las' : 'colocá-la'} em prática.`,
      ]
        .filter(Boolean)
        .join(' ');
    },
    addTakeaways:
      'Anotar uma ou duas ideias da conversa (o guia: “mencione uma ou duas lições principais”) nas notas deste contato: o rascunho vai incluí-las.',
    checkInLater: 'Se estiver de acordo, gostaria muito de escrever de novo daqui a alguns meses para contar sobre meu progresso.',
    within24Hours: 'Enviar em até 24 horas depois da conversa, enquanto ela ainda está fresca para os dois lados.',
  },
  progress: {
    subject: 'Uma breve atualização, e meu agradecimento',
    body: (advice, tried) => {
      const report = tried && whatIDid(tried);
      if (advice?.form === 'past') return `Seguindo seu conselho, ${advice.text}${report ? `, e ${report}` : ''}.`;
      const lead = advice && (advice.form === 'imperative' ? `Seguindo seu conselho de ${advice.text}` : isNamed(advice) ? `Seguindo seus conselhos sobre ${advice.text}` : undefined);
      if (advice && !lead) {
        return `Seu conselho foi: “${withoutStop(advice.text)}”. ${report ? `Desde então, ${report}.` : 'Comecei a colocá-lo em prática, e isso já está ajudando.'}`;
      }
      if (lead && report) return `${lead}, ${report}.`;
      if (lead) return `${lead}, comecei a ${advice?.form === 'noun' ? 'colocá-los' : 'colocá-lo'} em prática, e isso já está ajudando.`;
      if (tried?.form === 'noun') return `Desde a nossa conversa, tenho trabalhado ${tried.bare ? `em “${tried.text}”` : contract('em', tried.text)}.`;
      if (tried?.form === 'sentence') return `Queria contar como foi desde a nossa conversa. ${tried.text}`;
      if (report) return `Queria contar como foi desde a nossa conversa: ${report}.`;
      return 'Queria contar como foi desde a nossa conversa: estou colocando seus conselhos em prática, e isso já está ajudando.';
    },
    thanks: 'Agradeço mais uma vez pelo tempo dedicado a me ajudar. Também gostaria de saber como vão as coisas do seu lado.',
  },
  keepInTouch: {
    subject: 'Uma breve atualização',
    body: (goal) => {
      if (!goal) return 'Já se passaram alguns meses desde a nossa conversa, e queria agradecer mais uma vez: seus conselhos continuam ajudando.';
      const where = {
        imperative: `continuo trabalhando para ${goal.text}`,
        ing: `continuo ${goal.text}`,
        noun: goal.bare ? `continuo trabalhando pelo meu objetivo (“${goal.text}”)` : `continuo trabalhando ${contract('em', goal.text)}`,
        past: goal.text,
        sentence: '',
      }[goal.form];
      return where
        ? `Já se passaram alguns meses, e queria contar em que ponto estou: ${where}, e seus conselhos continuam ajudando.`
        : `Já se passaram alguns meses, e queria contar em que ponto estou. ${goal.text} Seus conselhos continuam ajudando.`;
    },
    ask: (minutes) =>
      `Se tiver ${minutes} minutos nas próximas semanas, gostaria muito de ouvir sua opinião sobre meu próximo passo. Eu me adapto com prazer à sua agenda.`,
  },
  mismatch: {
    subject: 'Agradeço pela sua orientação',
    body: (need) => {
      const opening = 'Agradeço muito pela sua orientação inicial.';
      const close = 'Agradeço de coração pela clareza que me trouxe.';
      if (!need) return `${opening} Com ela, vejo com mais clareza que tipo de ajuda preciso agora. ${close}`;
      if (need.form === 'sentence' || need.form === 'past' || need.form === 'ing') {
        const said = need.form === 'past' ? `${need.text}.` : need.form === 'ing' ? `“${need.text}”.` : lowerFirstWord(need.text);
        return `${opening} Com ela, vejo com mais clareza o que preciso agora: ${said} ${close}`;
      }
      const someone =
        need.form === 'imperative'
          ? `alguém que me ajude a ${need.text}`
          : /^(?:alguém|uma pessoa|um mentor|uma mentora)\b/i.test(need.text)
            ? need.text
            : `alguém com mais experiência ${contract('em', need.text)}`;
      return `${opening} Com ela, percebi que o que realmente preciso é de ${someone}. ${close}`;
    },
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

/** A takeaway or an advice that can follow "sobre": a noun with its article. The rest is quoted. */
const isNamed = ({ form, bare }: TypedPhrase) => form === 'noun' && !bare;

/** "em" before an article joins it: "na gestão de produto", "no time", "num projeto". */
function contract(preposition: 'em', phrase: string): string {
  const joined: Record<string, string> = { o: 'no', a: 'na', os: 'nos', as: 'nas', um: 'num', uma: 'numa', este: 'neste', esta: 'nesta', esse: 'nesse', essa: 'nessa' };
  const [first = '', ...rest] = phrase.split(' ');
  const contracted = joined[first.toLowerCase()];
  return contracted ? [contracted, ...rest].join(' ') : `${preposition} ${phrase}`;
}

/** What I did, as a clause after "Seguindo seu conselho de …,": "enviei quatro candidaturas". */
function whatIDid(tried: TypedPhrase): string {
  switch (tried.form) {
    case 'past':
      return tried.text;
    case 'imperative':
      return `decidi ${tried.text}`;
    case 'ing':
      return `venho ${tried.text}`;
    case 'noun':
      return tried.bare ? `é nisto que tenho trabalhado: “${tried.text}”` : `é nisto que tenho trabalhado: ${tried.text}`;
    case 'sentence':
      return `este é o ponto em que estou: ${lowerFirstWord(tried.text.replace(/[.!]$/, ''))}`;
  }
}
