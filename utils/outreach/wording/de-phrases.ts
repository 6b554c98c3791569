/** How a German phrase typed in a note or in Me is read: its form, and the words a frame takes. German has no -ing form. */
import { type PhraseReader, type TypedPhrase, asSentence, firstWord, withoutLabel } from './typed-phrase';

/** Prefixes a verb sheds ("fange … an"), and between which and the verb "zu" goes ("anzufangen"). */
const separable = /^(?!hinter|über|unter|wider|voll)(?:zusammen|weiter|vorbei|heraus|hinein|herein|zurück|kennen|teil|statt|fort|fest|los|auf|aus|ein|mit|vor|ab|bei|nach|weg|hin|her|um|dar|an)/;
const wishes =
  /^(?:ich (?:möchte|will|würde gern(?:e)?|plane(?:,)?|sollte|muss|soll)|mein ziel ist(?: es)?,?|(?:sie|er) (?:hat mir geraten|riet mir)(?:,)?|ihr rat (?:war|ist)(?:,)?)\s+/i;
const toldThat = /^(?:sie|er) (?:hat|sagte|meinte) (?:mir )?(?:gesagt, )?,?\s*(?:dass\s+)?/i;
const finite = /\s(?:ist|sind|war|waren|hat|haben|muss|müssen|soll|sollte|sollten|kann|können|wird|werden|gibt|bringt|hilft|zählt|braucht|brauchen|nutzt|nutzen,|gewinnt|gewinnen)\s/;
/** A past participle: "verschickt", "geschrieben", "angefangen", "organisiert". */
const participle = /^(?:ge\p{Ll}{2,}(?:t|en)|\p{Ll}+iert|(?:be|ver|er|ent|zer|emp|miss)\p{Ll}+t|\p{Ll}{2,}ge\p{Ll}+(?:t|en)|bekommen|begonnen|erhalten|verstanden|gelesen|getroffen)$/u;
const verbEnd = /^\p{Ll}+(?:en|ern|eln)$/u;

export const readGermanPhrase: PhraseReader = (typed, hadStop) => {
  let core = withoutLabel(typed);
  const told = toldThat.exec(core);
  if (told && /dass\s+$/.test(told[0])) return sentence(core.slice(told[0].length));
  const wish = wishes.exec(core);
  if (wish) core = core.slice(wish[0].length);
  // "Fangen Sie mit einem Ablauf an" → "mit einem Ablauf anfangen".
  const polite = /^(\p{Lu}\p{Ll}+) Sie (.*?)(?:\s+(an|auf|aus|ein|mit|vor|ab|zu|nach|zurück|los|fest|weiter))?$/u.exec(core);
  if (polite && !/^(?:haben|sind|waren|hatten|können|sollten|müssen|werden)$/i.test(polite[1] ?? '')) {
    return { form: 'imperative', text: `${polite[2]} ${polite[3] ?? ''}${polite[1]!.toLowerCase()}`.trim() };
  }
  const [first, rest] = firstWord(core);
  if (/^(?:ich|habe|bin)$/.test(first)) {
    const predicate = first === 'ich' ? rest : core;
    const [auxiliary, after] = firstWord(predicate);
    if (auxiliary === 'habe' && participleLast(after)) return { form: 'past', text: after };
    if (auxiliary === 'bin' && participleLast(after)) return { form: 'past', text: `bin ${after}` };
    return sentence(core);
  }
  if (/^(?:sie|er|es|wir|man|das|dies|dabei|hier)$/.test(first) && /^\p{Lu}/u.test(core)) return sentence(core);
  if (finite.test(` ${core} `) || (hadStop && /^\p{Lu}\S*\s\p{Ll}+(?:t|en),?\s/u.test(core))) return sentence(core);
  if (participleLast(core)) return { form: 'past', text: core };
  // The verb ends the first clause: "mit einem Ablauf anfangen, nicht mit der ganzen Station".
  const words = (core.split(/,\s/)[0] ?? '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && (verbEnd.test(last) || /^\p{Ll}*zu\p{Ll}+en$/u.test(last))) return { form: 'imperative', text: withoutZu(lowerFunctionWord(core)) };
  if (words.length === 1 && /^(?:zu\s)?\p{Ll}+(?:en|ern|eln)$/u.test(core)) return { form: 'imperative', text: withoutZu(core) };
  // "Die Ein-Ablauf-Regel": the article only opened the sentence; the noun keeps its capital.
  return { form: 'noun', text: core.replace(/^(?:Die|Der|Das|Den|Dem|Ein|Eine|Einen|Einem|Einer|Mein|Meine|Meinen)\s/u, (article) => article.toLowerCase()), ...(!/^(?:die|das|den|dem|der|ein|eine|einen|einem|einer|mein|meine|meinen|ihr|ihre|ihren)\s/i.test(core) && { bare: true as const }) };
};

/** "Mit einem Ablauf anfangen" → "mit …": a capital that only opened the sentence; a noun keeps its own. */
function lowerFunctionWord(phrase: string): string {
  return /^(?:Mit|Zu|Für|Über|In|An|Auf|Bei|Nach|Von|Vor|Aus|Ein|Eine|Einen|Den|Die|Das|Dem|Der|Mich|Sich|Mir|Meine|Meinen|Mehr|Besser|Regelmäßig|Früh|Nicht|Immer|Erst|Zuerst|Nur|Jeden|Jede|Jedes|Wöchentlich)\s/u.test(phrase)
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;
}

/** The last word of the first clause is a participle: "ein Treffen organisiert und gelernt, wie sie planen". */
function participleLast(phrase: string): boolean {
  const clause = phrase.split(/,\s/)[0] ?? '';
  const words = clause.split(/\s+/);
  return words.length > 1 && participle.test(words[words.length - 1] ?? '') && !/^\p{Lu}/u.test(words[words.length - 1] ?? '');
}

/** "mit einem Ablauf anzufangen" → "mit einem Ablauf anfangen"; "zu vernetzen" → "vernetzen". */
function withoutZu(phrase: string): string {
  return phrase.replace(/\szu\s(\p{Ll}+)$/u, ' $1').replace(new RegExp(`(?<=^|\\s)(${separable.source.slice(1)})zu(\\p{Ll}+)$`, 'u'), '$1$2');
}

/** An infinitive phrase with "zu" in its place: "mit einem Ablauf anzufangen", "sich zu vernetzen". */
export function zuInfinitive(phrase: string): string {
  // The verb ends the first clause: "mit einem Ablauf anzufangen, nicht mit der ganzen Station".
  const [clause = '', ...after] = phrase.split(/(?=,\s)/);
  const words = clause.split(/\s+/);
  const verb = words.pop() ?? '';
  const prefix = separable.exec(verb)?.[0];
  const withZu = prefix && verb.length > prefix.length + 3 ? `${prefix}zu${verb.slice(prefix.length)}` : `zu ${verb}`;
  return [...words, withZu].join(' ') + after.join('');
}

const sentence = (core: string): TypedPhrase => ({ form: 'sentence', text: asSentence(core) });
