import { tidy } from './text';
import { list, lowerFirst, masculine } from './pt';
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
