/**
 * Me's words as the sentences a draft puts them in, for the Me page and the popup's words form
 * to show while they are typed: "I'm Sam Lee, a junior analyst at Northwind." Each sentence is
 * built with the draft language's own Wording functions (the ones write-draft.ts uses), so what
 * the page shows is what a draft will say.
 */
import type { Me } from './me';
import type { Wording } from './wording';
import { tidy } from './wording/text';
import { goalClause, introSentence, sentenceWithStop, whoIAm } from './who-i-am';

/** The Me fields whose words a draft puts into a sentence. */
export const sentenceFields = ['intro', 'introShort', 'shortTermGoal', 'longTermGoal', 'skillsMissing', 'askAbout'] as const;
export type SentenceField = (typeof sentenceFields)[number];

/** A typed line as a draft takes it: tidied, without the full stop the sentence adds itself. */
const line = (text: string | undefined) => tidy(text).replace(/[.!]+$/, '');

/**
 * Each Me field with words in it, as the sentence it goes into in a draft in `words`' language.
 * Empty fields have no sentence. What my questions are about shows in the ask under the field
 * it comes from: my topic, or else the skill I miss.
 */
export function meSentences(me: Me, words: Wording): Partial<Record<SentenceField, string>> {
  const sentences: Partial<Record<SentenceField, string>> = {};
  const intro = line(me.intro);
  const introShort = line(me.introShort);
  const short = line(me.shortTermGoal);
  const long = line(me.longTermGoal);
  // A letter's who I am, as the draft cuts it; a connection note says only who I am (LinkedIn shows my name beside it).
  if (intro) sentences.intro = whoIAm(me, words, false).full;
  if (introShort) sentences.introShort = introSentence(introShort, '', words, false);
  if (short) sentences.shortTermGoal = sentenceWithStop(goalClause({ shortTermGoal: short, longTermGoal: '' }, words));
  if (long) sentences.longTermGoal = sentenceWithStop(goalClause({ shortTermGoal: '', longTermGoal: long }, words));
  const topic = words.topicOf(me);
  const from = tidy(me.askAbout) ? 'askAbout' : tidy(me.skillsMissing) ? 'skillsMissing' : undefined;
  if (topic && from) sentences[from] = words.asks[0]!.full(me.askMinutes, topic);
  return sentences;
}

/** Where my words go in a sentence whose field is still empty. */
const gap = '…';

/**
 * The sentences of my empty intro, short intro and topic with "…" where my words will go ("I'm
 * Sam Lee, a …", "Soy Sam Lee, …", "… questions about …"): what to type, and in what form.
 * A goal has none: its sentence depends on the form the goal is typed in.
 */
export function sentenceSlots(me: Me, words: Wording): Partial<Record<SentenceField, string>> {
  const slots: Partial<Record<SentenceField, string>> = {};
  const slot = (sentence: string | undefined) => sentence?.replace(/…[.:]/gu, gap);
  if (!tidy(me.intro)) slots.intro = slot(meSentences({ ...me, intro: gap }, words).intro);
  if (!tidy(me.introShort)) slots.introShort = slot(meSentences({ ...me, introShort: gap }, words).introShort);
  if (!tidy(me.askAbout) && !tidy(me.skillsMissing)) slots.askAbout = slot(meSentences({ ...me, askAbout: gap }, words).askAbout);
  return slots;
}

/** What the Me page and the popup's words form show under the fields: each sentence, or its slot while the field is empty. */
export function sentencesShown(me: Me, words: Wording): Partial<Record<SentenceField, string>> {
  return { ...sentenceSlots(me, words), ...meSentences(me, words) };
}
