/** How a Portuguese phrase typed in a note or in Me is read: its form, and the words a frame takes. */
import { lowerFirstWord } from './shape';
import { type PhraseReader, type TypedPhrase, asSentence, firstWord, unwrapped } from './typed-phrase';

const determiners = /^(?:o|a|os|as|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|seus|suas|este|esta|estes|estas|esse|essa|esses|essas|alguns|algumas|cada|dois|duas|três|quatro)$/;
const wishes =
  /^(?:(?:eu\s+)?(?:quero|queria|gostaria de|pretendo|espero|busco|preciso|devo|deveria|tenho que|devia|tinha que|precisava)|é preciso|meu objetivo (?:é|seria)|(?:(?:ela|ele|você) )?me (?:aconselhou a|recomendou|sugeriu|disse para)|seu conselho (?:foi|era))\s+/i;
const toldThat = /^(?:(?:ela|ele|você) )?me (?:disse|explicou|lembrou) que\s+/i;
const infinitive = /^(?:não\s+)?\p{Ll}+(?:ar|er|ir|or|ôr)(?:-(?:me|se|lo|la|los|las))?(?![\p{L}])/u;
const gerund = /^\p{Ll}+(?:ando|endo|indo)(?:-(?:me|se|lo|la))?(?![\p{L}])/u;
/** The first person of the pretérito perfeito: "enviei", "escrevi", "fiz". */
const preterite = /^(?:\p{Ll}+(?:ei|i)|fiz|fui|tive|pus|pude|disse|vim|soube|estive|trouxe|li|vi|quis|dei)$/u;
const nounsInI = /^(?:táxi|júri|safári|biquíni|lei|rei|frei)$/;
const participle = /^\p{Ll}+(?:ado|ido|ito|eito|isto|osto|erto)$/u;
/** Advice typed as an imperative ("Empieza por…", "Comece por…"), as its infinitive. */
const imperatives: Record<string, string> = { trate: 'tratar', reserve: 'reservar', escute: 'escutar', ouça: 'ouvir', comece: 'começar', 'faça': 'fazer', 'peça': 'pedir', busque: 'buscar', experimente: 'experimentar', tente: 'tentar', escreva: 'escrever', priorize: 'priorizar', dedique: 'dedicar', 'meça': 'medir', escolha: 'escolher', aprenda: 'aprender', deixe: 'deixar', evite: 'evitar', use: 'usar', compartilhe: 'compartilhar', pergunte: 'perguntar', fale: 'falar', pense: 'pensar', tenha: 'ter', seja: 'ser', ponha: 'pôr', diga: 'dizer', crie: 'criar', construa: 'construir', documente: 'documentar', mantenha: 'manter', aceite: 'aceitar', foque: 'focar', converse: 'conversar', procure: 'procurar', participe: 'participar', mostre: 'mostrar', conecte: 'conectar', apresente: 'apresentar', pratique: 'praticar', leia: 'ler', comecem: 'começar' };
const finite = /\s(?:é|são|era|eram|será|está|estão|há|tem|têm|deve|devem|pode|podem|vai|vão|funciona|funcionam|ganha|ganham|adota|adotam|importa)\s/;

export const readPortuguesePhrase: PhraseReader = (typed, hadStop) => {
  // "Me dijo que debía empezar poco a poco", "Quiero…": what was said or wished is read like the rest.
  const core = unwrapped(typed, toldThat, wishes);
  const phrase = lowerVerb(core);
  const [first, rest] = firstWord(core);
  // "cómo plantear una propuesta": a noun phrase, named as it is.
  if (/^(?:como|o que|por que|quando|onde|qual|quem)$/.test(first)) return { form: 'noun', text: lowerVerb(core) };
  // "me aproximar da equipe": a pronoun before the infinitive, as Brazil writes it.
  if (/^(?:me|se)$/.test(first) && infinitive.test(rest)) return { form: 'imperative', text: phrase };
  if (/^(?:eu|ela|ele|eles|elas|nós|você|me|se)$/.test(first)) {
    const next = firstWord(rest)[0];
    if (first === 'eu' && preterite.test(next)) return { form: 'past', text: rest };
    // "me juntei ao time": a reflexive verb in the preterite is what I did.
    return first === 'me' && preterite.test(next) ? { form: 'past', text: phrase } : sentence(core);
  }
  const asked = imperatives[first];
  if (asked) return { form: 'imperative', text: `${asked}${rest ? ` ${rest}` : ''}` };
  if (gerund.test(phrase)) return { form: 'ing', text: phrase };
  if (infinitive.test(phrase)) return { form: 'imperative', text: phrase };
  if (preterite.test(first) && !nounsInI.test(first) && rest) return { form: 'past', text: phrase };
  if (participle.test(first) && rest && !determiners.test(first)) return { form: 'past', text: `tenho ${phrase}` };
  if (determiners.test(first)) return finite.test(` ${core} `) ? sentence(core) : { form: 'noun', text: lowerVerb(core) };
  if (finite.test(` ${core} `) || (hadStop && /\s\p{Ll}+(?:am|em)(?:\s|$)/u.test(core))) return sentence(core);
  return { form: 'noun', text: lowerFirstWord(core), bare: true };
};

const lowerVerb = (phrase: string) => phrase.charAt(0).toLowerCase() + phrase.slice(1);
const sentence = (core: string): TypedPhrase => ({ form: 'sentence', text: asSentence(core) });
