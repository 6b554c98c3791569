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

/** The first word of a phrase, lower-cased, and the rest. */
export function firstWord(core: string): [string, string] {
  const match = /^(\S+)\s*(.*)$/su.exec(core);
  return [match?.[1]?.toLowerCase() ?? '', match?.[2] ?? ''];
}

/** A sentence quoted inside another: its stop goes after the closing quotation mark. */
export const withoutStop = (text: string) => text.replace(/\.$/u, '');
