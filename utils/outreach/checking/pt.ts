/** The checker in Portuguese: the guide's findings said to the mentee ("você", as Brazilian software speaks) and the Portuguese ways of breaking its rules. */
import type { FindingId } from './types';
import { portugueseAsks } from './asks';
import { type CheckWords, type Explained, commonPlaceholders, wordPattern as w } from './types';

const explanations: Record<FindingId, (detail: string) => Explained> = {
  empty: () => ({ severity: 'error', message: 'A mensagem está vazia.', advice: 'Sua mensagem deve ser respeitosa, pessoal e específica.' }),
  'mentorship-ask': (phrase) => ({
    severity: 'error',
    message: `“${phrase}” pede que a pessoa seja seu mentor.`,
    advice:
      'A regra de ouro: não pergunte “Você quer ser meu mentor?”. Isso sugere um compromisso enorme e indefinido. Peça um pouco do tempo da pessoa, limitado e específico, para conversar sobre um tema concreto.',
  }),
  'sponsorship-ask': (phrase) => ({
    severity: 'error',
    message: `“${phrase}” pede que a pessoa recomende você antes de conhecer seu trabalho.`,
    advice:
      'Um mentor recomenda alguém para um projeto ou uma vaga quando já confia no trabalho dessa pessoa; quem não conhece você não pode responder por um trabalho que nunca viu. Peça 15 a 20 minutos para saber como ela chegou aonde está, ou o que a vaga exige. A recomendação pode vir depois, da parte dela.',
  }),
  'no-hook': () => ({
    severity: 'warning',
    message: 'Nada na mensagem é específico desta pessoa.',
    advice:
      'Mostre que você conhece o trabalho dela: mencione um artigo que escreveu, uma palestra que deu ou um projeto que liderou e que tocou você. Uma mensagem genérica é ignorada.',
  }),
  'no-time-box': () => ({
    severity: 'warning',
    message: 'O pedido não tem limite de tempo.',
    advice: 'Peça um tempo pequeno e limitado para um objetivo específico, como um café virtual de 15 a 20 minutos.',
  }),
  'big-ask': (phrase) => ({
    severity: 'warning',
    message: `“${phrase}” pede mais tempo, ou um compromisso mais longo, do que uma primeira mensagem deveria.`,
    advice: 'Comece uma conversa: peça um pouco do tempo da pessoa, limitado e específico, como uma conversa de 15 a 20 minutos. Uma relação contínua pode surgir depois, da parte dela.',
  }),
  pushy: (phrase) => ({
    severity: 'warning',
    message: `“${phrase}” pressiona a pessoa.`,
    advice: 'Respeite o tempo dela e seja flexível: “Eu me adapto à sua agenda.” Um prazo ou uma ligação que ela não aceitou soam como pressão.',
  }),
  'employer-only': (company) => ({
    severity: 'warning',
    message: `A única coisa que você diz sobre a pessoa é que ela trabalha na ${company}, como milhares de outras.`,
    advice: 'Mencione um artigo que escreveu, uma palestra que deu ou um projeto que liderou e que tocou você.',
  }),
  'same-as-saved': (who) => ({
    severity: 'warning',
    message: `Esta mensagem é quase igual à que você salvou para ${who}.`,
    advice: 'Uma mensagem genérica é ignorada: faça com que a abertura e o motivo do contato sejam só desta pessoa.',
  }),
  'no-citable-hook': () => ({
    severity: 'warning',
    message: 'Nada no perfil é específico o bastante para ser citado, então a abertura é geral.',
    advice: 'Mencione um artigo, uma palestra ou um projeto da pessoa: escolha “Outra coisa” e escreva com suas palavras.',
  }),
  'no-introduction': () => ({
    severity: 'warning',
    message: 'A mensagem não diz quem você é.',
    advice: 'Apresente-se em poucas palavras: seu cargo, sua organização e seu foco atual. Adicione uma apresentação de uma linha em “Eu”.',
  }),
  'intro-left-out': (limit) => ({
    severity: 'warning',
    message: `${limit} caracteres não deixaram espaço para dizer quem você é.`,
    advice: 'Encurte o início da sua apresentação em “Eu” (“líder de logística na Ipê Cargas”) ou o tema das suas perguntas, para que a nota diga as duas coisas.',
  }),
  'no-why-them': () => ({
    severity: 'tip',
    message: 'Nada no perfil corresponde ao mentor que você procura, então o rascunho não diz por que escolheu esta pessoa.',
    advice: 'Ligue seu objetivo à experiência da pessoa com suas palavras, ou procure alguém cuja experiência combine com suas metas.',
  }),
  'me-in-other-language': () => ({
    severity: 'warning',
    message: 'Quem você é e o que quer perguntar vêm de “Eu”, onde estão escritos em um idioma diferente do desta mensagem.',
    advice: 'Escreva-os no idioma da mensagem nas partes abaixo (ou escreva o rascunho no idioma de “Eu”) antes de enviar.',
  }),
  'no-persona': () => ({
    severity: 'tip',
    message: 'O rascunho não pode dizer por que você escolheu esta pessoa: “Eu” ainda não descreve o mentor que você procura.',
    advice: 'Descreva em “Eu” a experiência e as habilidades que procura em um mentor; o rascunho vai citar o que a pessoa tem em comum com isso.',
  }),

  'no-easy-yes': () => ({
    severity: 'warning',
    message: 'Nada facilita que a pessoa diga sim.',
    advice: 'Termine mostrando respeito pelo tempo dela e flexibilidade: “Eu me adapto à sua agenda.”',
  }),
  'over-limit': (detail) => ({
    severity: 'error',
    message: `A mensagem é longa demais para este canal: ${detail}.`,
    advice: 'Mantenha a referência específica e o pedido; encurte o resto.',
  }),
  'subject-over-limit': (detail) => ({
    severity: 'error',
    message: `O assunto é longo demais para este canal: ${detail}.`,
    advice: 'Um assunto claro e profissional é curto: “Pergunta sobre sua experiência com o crescimento de produtos SaaS”.',
  }),
  'subject-missing': () => ({
    severity: 'warning',
    message: 'O assunto está vazio.',
    advice: 'Use um assunto claro e profissional, como “Pergunta sobre sua experiência com o crescimento de produtos SaaS”.',
  }),
  'generic-opener': (phrase) => ({
    severity: 'warning',
    message: `“${phrase}” é uma abertura genérica.`,
    advice: 'Comece com algo específico da pessoa que tocou você, para que ela veja que você dedicou tempo ao trabalho dela.',
  }),
  placeholder: (phrase) => ({
    severity: 'error',
    message: `“${phrase}” parece um espaço que nunca foi preenchido.`,
    advice: 'Troque pelas palavras certas antes de enviar: uma mensagem com lacunas parece genérica.',
  }),
  idiom: (phrase) => ({
    severity: 'tip',
    message: `“${phrase}” é uma expressão que pode não ser entendida da mesma forma em todo lugar.`,
    advice: 'Cuidado com expressões idiomáticas, gírias e humor, que nem sempre se traduzem bem; diga com palavras simples.',
  }),
};

export const portugueseChecks: CheckWords = {
  explanations,
  limitDetail: (length, most) => `${length} caracteres, no máximo ${most}`,
  mentorshipAsks: portugueseAsks,
  timeBoxes: w(String.raw`\b(?:\d{1,2}|cinco|dez|quinze|vinte|trinta)\s?(?:minutos?|min)\b`),
  bigAsks: [
    w(String.raw`\b(?:durante|por|de|conversar|dedicar|reservar|ter|preciso de)\s+(?:uma|1)\s+hora\b`),
    w(String.raw`\bhora\s+(?:inteira|completa)\b`),
    w(String.raw`\b(?:45|60|90)\s?minutos\b`),
    w(String.raw`\b(?:toda|todo|todas as|todos os|a cada)\s+(?:(?:duas|três)\s+)?(?:semana|semanas|mês|meses|quinze dias)\b`),
    w(String.raw`\b(?:reuniões|ligações|chamadas|sessões|conversas|encontros)\s+(?:semanais|mensais|quinzenais|periódicas|regulares|recorrentes)\b`),
    w(String.raw`\b(?:semanalmente|mensalmente|de forma (?:regular|periódica|contínua)|com regularidade)\b`),
    w(String.raw`\b(?:relação|relacionamento|mentoria|acompanhamento|compromisso|apoio)\s+(?:de|a)\s+longo prazo\b|\b(?:acompanhamento|apoio)\s+contínuo\b`),
  ],
  pushy: [
    w(String.raw`\b(?:vou\s+(?:ligar|telefonar|escrever)|ligarei|escreverei)\s+(?:para\s+)?(?:você|o senhor|a senhora|lhe)?\b[^.?!]*`),
    w(String.raw`\bde qualquer (?:forma|jeito|maneira)\b`),
    w(String.raw`\b(?:até|antes de)\s+(?:segunda|terça|quarta|quinta|sexta|sábado|domingo|amanhã|hoje à noite|o fim do dia|o fim da semana)\b`),
    w(String.raw`\b(?:responda|me responda|retorne)\s+(?:o quanto antes|hoje|com urgência|logo|rapidamente)\b[^.?!]*`),
    w(String.raw`\b(?:urgente|urgência|o quanto antes|o mais rápido possível|prazo final)\b`),
  ],
  easierWay: w(String.raw`\b(?:se (?:você )?preferir|se (?:for|ficar) mais (?:fácil|prático|simples)|em vez de (?:uma|a) (?:ligação|chamada|conversa)|ao invés de (?:uma|a) (?:ligação|chamada)|no lugar de (?:uma|a) (?:ligação|chamada)|ajudaria (?:igualmente|da mesma forma|tanto quanto)|igualmente útil)\b`),
  easyYes: w(
    String.raw`\b(?:flexibilidade|flexível|sua agenda|seu calendário|lhe convenha|lhe for conveniente|for conveniente|que preferir|achar melhor|quando puder|qualquer horário|sem (?:compromisso|problema)|entendo (?:perfeitamente )?se|seu tempo|se for possível|me adapto|adapto-me)\b`,
  ),
  genericOpeners: [
    w(String.raw`\bespero que (?:esta|essa) (?:mensagem|e-mail) (?:o|a|te|lhe) encontre bem\b`),
    w(String.raw`\b(?:gostaria|queria) de (?:adicioná-l[oa]|adicionar você|te adicionar) (?:à|a) minha rede\b`),
    w(String.raw`\ba quem possa interessar\b`),
    w(String.raw`\bprezad[oa]s? senhor(?:a|es)?\b`),
    w(String.raw`\b(?:encontrei|vi|me deparei com) (?:o )?seu perfil\b`),
    w(String.raw`\bvenho por meio desta me apresentar\b`),
  ],
  placeholders: [...commonPlaceholders, w(String.raw`^\s*(?:olá|oi|prezad[oa]|car[oa])\s*,\s*,`)],
  idioms: w(
    String.raw`\b(?:pensar fora da caixa|no final do dia|ganha-ganha|win-win|quick win|tirar de letra|mamão com açúcar|fazer um alinhamento|dar um toque|bater um papo rápido|vc|pq|tb|blz|kkk|asap|fyi)\b`,
  ),
  commonWords: new Set('o a os as do da dos das de e com para em no na é uma um meu minha seu sua que se ao sobre este esta'.split(' ')),
  shared: w(String.raw`\b(?:também (?:estudei|trabalhei)|estudamos na|trabalhamos na|temos algo em comum)\b`),
  theirWork: w(
    String.raw`\b(?:seu|sua|seus|suas)\s+(?:artigo|palestra|publicação|publicações|livro|podcast|episódio|projeto|pesquisa|apresentação|entrevista|webinar|conteúdo|newsletter|vídeo|curso|tese|estudo|relatório|ensaio|passagem|trabalho voluntário)\b|\ba frase do seu perfil\b|\bo que escreveu\b|\breconhecimento\b`,
  ),
  theirRole: w(String.raw`\bseu\s+(?:trajetória|cargo atual|trabalho\s+(?:como|na|no|em|sobre))\b|\bsua trajetória\b`),
  workAt: w(String.raw`\bseu trabalho (?:na|no|em)\s+([^.,;!?]+)`),
  greeting: w(String.raw`^\s*(?:olá|oi|bom dia|boa tarde|prezad[oa]|car[oa]),?[^,\n]{0,40},`),
};
