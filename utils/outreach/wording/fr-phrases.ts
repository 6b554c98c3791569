/** How a French phrase typed in a note or in Me is read: its form, and the words a frame takes. */
import { lowerFirstWord } from './shape';
import { type PhraseReader, type TypedPhrase, asSentence, firstWord, unwrapped } from './typed-phrase';

const determiners = /^(?:le|la|les|l'|l’|un|une|des|du|mon|ma|mes|votre|vos|notre|nos|ce|cet|cette|ces|son|sa|ses|leur|leurs|quelques|plusieurs|chaque|deux|trois|quatre)$/;
/** What comes before a goal or an advice ("je voudrais", "elle m'a conseillé de"), taken off. */
const wishes =
  /^(?:je (?:veux|voudrais|souhaite|souhaiterais|compte|vise à|cherche à|aimerais|espère|dois|devrais|devais)|j['’](?:aimerais|espère)|il (?:faut|faudrait|fallait)|mon (?:objectif|but) (?:est|serait) (?:de\s+|d['’])|(?:(?:elle|il|vous) )?m['’](?:a|avez) (?:dit|conseillé|suggéré|recommandé|proposé) (?:de\s+|d['’])|(?:son|votre) conseil (?:était|est) (?:de\s+|d['’]))\s*/i;
const toldThat = /^(?:(?:elle|il|vous) )?m['’](?:a|avez) (?:dit|expliqué|rappelé|fait remarquer) qu(?:e\s+|['’])/i;
const infinitive = /^(?:ne pas\s+|ne jamais\s+|mieux\s+|bien\s+|toujours\s+)?(?:(?:me|m['’]|se|s['’]|te|t['’])\s*)?\p{Ll}+(?:er|ir|re|oir)(?![\p{L}])/u;
/** The "vous" imperative of an action, as its infinitive: "commencez" → "commencer". */
const irregular: Record<string, string> = {
  faites: 'faire', dites: 'dire', prenez: 'prendre', apprenez: 'apprendre', choisissez: 'choisir', finissez: 'finir', allez: 'aller',
  soyez: 'être', ayez: 'avoir', mettez: 'mettre', lisez: 'lire', écrivez: 'écrire', partez: 'partir', sortez: 'sortir', venez: 'venir',
  tenez: 'tenir', voyez: 'voir', construisez: 'construire', réfléchissez: 'réfléchir', ralentissez: 'ralentir', définissez: 'définir',
};
/** Nouns that end like a participle ("qualité", "marché"). */
const nounsInE = /^(?:\p{L}*ité|santé|société|marché|comité|été|côté|café|degré|résumé|clarté|qualité|congé|métier|salarié|employé|délégué|député)$/u;
const participle = /^(?:\p{Ll}+(?:é|ée|és|ées)|fait|faits|écrit|écrits|pris|appris|compris|mis|lu|vu|eu|su|dit|suivi|choisi|fini|réussi|obtenu|reçu|rejoint|ouvert|offert|découvert|conduit|produit|construit|repris|relu|revu|refait)$/u;

export const readFrenchPhrase: PhraseReader = (typed, hadStop) => {
  // "Me dijo que debía empezar poco a poco", "Quiero…": what was said or wished is read like the rest.
  const core = unwrapped(typed, toldThat, wishes);
  const [first, rest] = firstWord(core);
  // "cómo plantear una propuesta": a noun phrase, named as it is.
  if (/^(?:comment|pourquoi|quand|où|quoi|que|qui)$/.test(first)) return { form: 'noun', text: lowerVerb(core) };
  if (/^(?:j['’]ai|ai)$/.test(first)) return { form: 'past', text: `j'ai ${rest}` };
  if (/^j['’]ai\S/.test(first)) return { form: 'past', text: `j'ai ${core.slice(core.search(/ai/) + 2)}`.replace(/\s+/g, ' ') };
  if (/^(?:je|j['’]\S*|nous|on|il|elle|ils|elles|vous|c['’]\S*|ce|cela|ça|tout)$/.test(first) || /^(?:j|c)['’]/.test(first)) {
    return /^je suis$/.test(`${first} ${firstWord(rest)[0]}`) ? { form: 'past', text: lowerVerb(core) } : sentence(core);
  }
  if (first === 'en' && /^\p{Ll}+ant(?![\p{L}])/u.test(rest)) return { form: 'ing', text: lowerVerb(core) };
  if (infinitive.test(lowerVerb(core))) return { form: 'imperative', text: lowerVerb(core) };
  const asked = first.endsWith('ez') && !/^(?:chez|assez|nez)$/.test(first) ? (irregular[first] ?? first.replace(/ez$/, 'er')) : undefined;
  if (asked && rest !== undefined && /^\p{L}+$/u.test(first)) return { form: 'imperative', text: `${asked}${rest ? ` ${rest}` : ''}` };
  if (participle.test(first) && !nounsInE.test(first)) return { form: 'past', text: `j'ai ${lowerVerb(core)}` };
  if (determiners.test(first) || /^(?:l|d)['’]/.test(first)) {
    return finite.test(` ${core} `) ? sentence(core) : { form: 'noun', text: lowerVerb(core) };
  }
  if (finite.test(` ${core} `) || (hadStop && /\s\p{Ll}+ent(?:\s|$)/u.test(core) && !/\s\p{Ll}+(?:ment|vent|dent)(?:\s|$)/u.test(core))) return sentence(core);
  return { form: 'noun', text: lowerFirstWord(core), bare: true };
};

const finite = /\s(?:est|sont|était|étaient|sera|seront|a|ont|avait|faut|doit|doivent|peut|peuvent|va|vont|fait|font|reste|restent|compte|comptent|marche|marchent|gagne|gagnent|adopte|adoptent)\s/;
const lowerVerb = (phrase: string) => phrase.charAt(0).toLowerCase() + phrase.slice(1);
const sentence = (core: string): TypedPhrase => ({ form: 'sentence', text: asSentence(core) });
