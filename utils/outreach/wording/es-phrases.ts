/** How a Spanish phrase typed in a note or in Me is read: its form, and the words a frame takes. */
import { lowerFirstWord } from './shape';
import { type PhraseReader, type TypedPhrase, asSentence, firstWord, unwrapped } from './typed-phrase';

const determiners = /^(?:el|la|los|las|lo|un|una|unos|unas|mi|mis|su|sus|este|esta|estos|estas|ese|esa|esos|esas|algunos|algunas|cada|dos|tres|cuatro)$/;
const wishes =
  /^(?:(?:yo\s+)?(?:quiero|quisiera|deseo|busco|espero|pretendo|aspiro a|debería|debo|tengo que|debía|tenía que|tendría que)|me gustaría|hay que|mi (?:objetivo|meta) (?:es|sería)|(?:(?:ella|él|usted) )?me (?:aconsejó|recomendó|sugirió|propuso|dijo que debía|dijo que tenía que)|su consejo (?:fue|era))\s+/i;
const toldThat = /^(?:(?:ella|él|usted) )?me (?:dijo|explicó|recordó|comentó) que\s+/i;
export const spanishInfinitive = /^(?:no\s+)?\p{Ll}+(?:ar|er|ir|ír)(?:me|te|se|lo|la|los|las|le|les|nos)?(?![\p{L}])/u;
const gerund = /^\p{Ll}+(?:ando|iendo|yendo)(?:me|te|se|lo|la|los|las|le|les|nos)?(?![\p{L}])/u;
/** The first person of the preterite: "envié", "organicé", "escribí", "hice". */
const preterite = /^(?:\p{Ll}+[éí]|hice|fui|tuve|puse|pude|dije|vine|supe|estuve|anduve|traje|quise|conduje)$/u;
const participle = /^\p{Ll}+(?:ado|ido|ito|echo|isto|uesto|ierto)$/u;
/** Advice typed as an imperative ("Empieza por…", "Comece por…"), as its infinitive. */
const imperatives: Record<string, string> = { trata: 'tratar', trate: 'tratar', reserva: 'reservar', reserve: 'reservar', escucha: 'escuchar', escuche: 'escuchar', empieza: 'empezar', empiece: 'empezar', comienza: 'comenzar', comience: 'comenzar', haz: 'hacer', haga: 'hacer', pide: 'pedir', pida: 'pedir', busca: 'buscar', busque: 'buscar', prueba: 'probar', pruebe: 'probar', intenta: 'intentar', intente: 'intentar', escribe: 'escribir', escriba: 'escribir', prioriza: 'priorizar', priorice: 'priorizar', dedica: 'dedicar', dedique: 'dedicar', mide: 'medir', mida: 'medir', elige: 'elegir', elija: 'elegir', aprende: 'aprender', aprenda: 'aprender', deja: 'dejar', deje: 'dejar', evita: 'evitar', evite: 'evitar', usa: 'usar', comparte: 'compartir', comparta: 'compartir', pregunta: 'preguntar', pregunte: 'preguntar', habla: 'hablar', hable: 'hablar', piensa: 'pensar', piense: 'pensar', ten: 'tener', tenga: 'tener', 'sé': 'ser', sea: 'ser', pon: 'poner', ponga: 'poner', di: 'decir', diga: 'decir', construye: 'construir', construya: 'construir', documenta: 'documentar', documente: 'documentar', 'mantén': 'mantener', mantenga: 'mantener', acepta: 'aceptar', acepte: 'aceptar', 'céntrate': 'centrarte', 'céntrese': 'centrarse', 'enfócate': 'enfocarte', 'enfóquese': 'enfocarse', 'únete': 'unirte', 'únase': 'unirse', conecta: 'conectar', conecte: 'conectar', presenta: 'presentar', presente: 'presentar', practica: 'practicar', practique: 'practicar', lee: 'leer', lea: 'leer' };
const finite = /\s(?:es|son|era|eran|será|está|están|hay|tiene|tienen|debe|deben|puede|pueden|va|van|funciona|funcionan|gana|ganan|adopta|adoptan|importa|importan)\s/;

export const readSpanishPhrase: PhraseReader = (typed, hadStop) => {
  // "Me dijo que debía empezar poco a poco", "Quiero…": what was said or wished is read like the rest.
  const core = unwrapped(typed, toldThat, wishes);
  const phrase = lowerVerb(core);
  const [first, rest] = firstWord(core);
  // "cómo plantear una propuesta": a noun phrase, named as it is.
  if (/^(?:cómo|como|qué|por qué|cuándo|dónde|cuál|quién)$/.test(first)) return { form: 'noun', text: lowerVerb(core) };
  if (/^(?:he|hemos)$/.test(first) && participle.test(firstWord(rest)[0])) return { form: 'past', text: phrase };
  if (/^(?:yo|ella|él|ellos|ellas|nosotros|usted|me|se|le)$/.test(first)) {
    const next = firstWord(rest)[0];
    if (first === 'yo' && preterite.test(next)) return { form: 'past', text: rest };
    // "me uní al equipo": a reflexive verb in the preterite is what I did.
    return first === 'me' && preterite.test(next) ? { form: 'past', text: phrase } : sentence(core);
  }
  const asked = imperatives[first];
  if (asked) return { form: 'imperative', text: `${asked}${rest ? ` ${rest}` : ''}` };
  if (gerund.test(phrase)) return { form: 'ing', text: phrase };
  if (spanishInfinitive.test(phrase)) return { form: 'imperative', text: phrase };
  if (preterite.test(first)) return { form: 'past', text: phrase };
  if (participle.test(first) && rest) return { form: 'past', text: `he ${phrase}` };
  if (determiners.test(first)) return finite.test(` ${core} `) ? sentence(core) : { form: 'noun', text: lowerVerb(core) };
  if (finite.test(` ${core} `) || (hadStop && /\s\p{Ll}+(?:an|en)(?:\s|$)/u.test(core))) return sentence(core);
  return { form: 'noun', text: lowerFirstWord(core), bare: true };
};

const lowerVerb = (phrase: string) => phrase.charAt(0).toLowerCase() + phrase.slice(1);
const sentence = (core: string): TypedPhrase => ({ form: 'sentence', text: asSentence(core) });
