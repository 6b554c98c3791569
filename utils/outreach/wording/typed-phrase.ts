/**
 * What form the user's own words take (a takeaway, the advice, what I tried, my goal, what I
 * need instead), so that a follow-up can choose a frame that fits it: "Your advice to start
 * with one workflow", "your advice on the one-workflow rule", a full sentence quoted. Each
 * language reads its own forms (en-phrases.ts, fr-phrases.ts …); this module holds what they share.
 */
import { tidy } from './text';

export type PhraseShape = 'imperative' | 'ing' | 'noun' | 'sentence' | 'past';

export interface TypedPhrase {
  form: PhraseShape;
  /**
   * The words as a frame of that form takes them, with no final full stop:
   * - imperative: a verb phrase as it follows "to" (English) or an infinitive phrase ("empezar por un solo flujo";
   *   German keeps its verb last: "mit einem Ablauf anfangen");
   * - ing: "starting with one workflow", "empezando por…", "en commençant par…";
   * - noun: "the one-workflow rule";
   * - past: a first-person past clause as it follows the subject: "sent four applications" (after "I"), "ai envoyé…"
   *   (after "j'"), "envié…" (Spanish and Portuguese need no subject), "vier Bewerbungen verschickt" (after "ich habe");
   * - sentence: the whole sentence, capitalised, with its final stop.
   */
  text: string;
  /** An imperative that is also a past form ("set up a meeting", "put it in writing"): it may follow "I" as it is. */
  pastToo?: true;
  /** A noun without its article ("planificación por sprints"): a language that needs one quotes it instead. */
  bare?: true;
}

/** One language's reading of a phrase already tidied, without its final stop. */
export type PhraseReader = (core: string, hadStop: boolean) => TypedPhrase;

/**
 * The form of a phrase typed in a language, read by that language's reader. Whatever the user
 * types (capitalised or not, with a full stop or not, a bullet, a label such as "Advice:") is
 * read the same way; an empty one is a noun "". (`phraseForm` in follow-ups.ts picks the reader by language.)
 */
export function readPhrase(typed: string | undefined, read: PhraseReader): TypedPhrase {
  const cleaned = tidy(typed)
    .replace(/^(?:[-•*–]\s*|\d+[.)]\s+)/u, '')
    .replace(/^'(.*)'$/u, '$1')
    .trim();
  const hadStop = /[.!?…]$/u.test(cleaned);
  const core = cleaned.replace(/[.!…]+$/u, '').trim();
  if (!core) return { form: 'noun', text: '' };
  return read(core, hadStop);
}

/** A sentence as it stands alone: capital first, a stop at the end. */
export function asSentence(core: string): string {
  const text = core.charAt(0).toUpperCase() + core.slice(1);
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** A label before a colon ("Advice: …", "Objectif : …") says what the field already says: it is dropped. */
export function withoutLabel(core: string): string {
  return core.replace(/^[\p{L}' ]{2,24}?\s?:\s+(?=\S)/u, (label) => (label.trim().split(/\s+/).length <= 3 ? '' : label));
}

/** A phrase without its label ("Conseil : …") and, in order, the words each pattern finds before it ("Me dijo que…", "Quiero…"). */
export function unwrapped(typed: string, ...before: RegExp[]): string {
  let core = withoutLabel(typed);
  for (const pattern of before) {
    const found = pattern.exec(core);
    if (found) core = core.slice(found[0].length);
  }
  return core;
}

/**
 * The takeaways of a chat by the frame each needs in a thank-you: advice to follow (an
 * imperative), a thing named (`named`, as the language can name it after "your advice on"),
 * a thing said (quoted whole), and what I already did (a past clause).
 */
export function takeawaysByForm(takeaways: readonly TypedPhrase[], named: (phrase: TypedPhrase) => boolean) {
  return {
    advice: takeaways.filter(({ form }) => form === 'imperative'),
    about: takeaways.filter(named),
    quoted: takeaways.filter((phrase) => phrase.form !== 'imperative' && phrase.form !== 'past' && !named(phrase)),
    done: takeaways.filter(({ form }) => form === 'past'),
  };
}

/**
 * The advice of a thank-you named as its subject ("sus consejos de empezar… y sobre…"), whether
 * it is plural, and the comma that closes a subject holding one: the words are the language's.
 */
export function adviceAsSubject(advice: string[], about: string[], words: { one: string; many: string; on: string }, list: (items: string[]) => string) {
  const named = [...(advice.length ? [`${advice.length > 1 ? words.many : words.one} ${list(advice)}`] : []), ...(about.length ? [`${words.many} ${words.on} ${list(about)}`] : [])];
  return { named, plural: advice.length > 1 || about.length > 0, aside: [...advice, ...about].some((text) => text.includes(',')) ? ',' : '' };
}

/** The first word of a phrase, lower-cased, and the rest. */
export function firstWord(core: string): [string, string] {
  const match = /^(\S+)\s*(.*)$/su.exec(core);
  return [match?.[1]?.toLowerCase() ?? '', match?.[2] ?? ''];
}

/** A sentence quoted inside another: its stop goes after the closing quotation mark. */
export const withoutStop = (text: string) => text.replace(/\.$/u, '');
