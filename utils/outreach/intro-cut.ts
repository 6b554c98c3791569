/**
 * One intro for letters and a short one for connection notes: an intro of more than one
 * sentence, or longer than a note can spend on who I am, gets a cut the user approves on the
 * Me page ("Use this for notes"), never one made silently.
 */
import type { Wording } from './wording';
import { tidy } from './wording/text';

/** About what a 200-character note can give who I am and still cite their work and ask. */
export const shortIntroLength = 80;

/** Sentences end at . ! ? before a capital: "… at Northwind. I lead …"; "St. Mary's", "Dr. Ruiz" or "J. Smith" stay whole. */
const sentenceEnd = /(?<=[.!?])(?<!(?:^|[\s(])(?:St|Dr|Dra|Mr|Mrs|Ms|Prof|Profa|Sr|Sra|Jr|Ing|Inc|Ltd|Co|Corp|No|Nr|Mt|\p{Lu})\.)\s+(?=[\p{Lu}¿¡"“«])/u;

/**
 * The cut of my intro offered for notes, or undefined when it is short already (one sentence of
 * about 80 characters at most) or no shorter whole phrase exists. The cut is the first sentence
 * when that is short enough, else its first clause ("a charge nurse at St Thomas' Hospital",
 * before ", where I …"); a clause without a place ("a nurse" of "a nurse, educator and
 * researcher at King's") runs on to the clause that says where.
 */
export function introCutForNotes(intro: string, words: Wording): string | undefined {
  const whole = tidy(intro).replace(/[.!]+$/, '');
  const sentences = whole.split(sentenceEnd);
  if (sentences.length === 1 && whole.length <= shortIntroLength) return undefined;
  const first = sentences[0]!.replace(/[.!]+$/, '');
  const cut = first.length <= shortIntroLength ? first : firstClause(first, words) || first;
  return cut.length < whole.length ? cut : undefined;
}

/** The sentence up to its first clause break, run on past a break that comes before any place ("a nurse, …"). */
function firstClause(sentence: string, words: Wording): string {
  const { clauseBreak, placeTail } = words.intro;
  // Also where a headline pasted as an intro breaks: "UX researcher at Spotify | ex-Google | speaker".
  const breaks = new RegExp(`${clauseBreak.source}|\\s+[|·•]\\s+`, `${clauseBreak.flags.replace('g', '')}g`);
  let cut = '';
  for (const found of sentence.matchAll(breaks)) {
    const before = sentence.slice(0, found.index);
    if (!before) continue;
    if (cut && before.length > shortIntroLength) break;
    cut = before;
    if (placeTail.test(cut)) break;
  }
  return cut;
}
