/**
 * "Me" on the options page: the fields as typed, saved to the worker as you type (debounced),
 * and gentle hints computed from them.
 */
import { computed, effect, signal } from '@preact/signals';
import { askWorker } from '@/utils/messaging/ask-worker';
import { meWithZone } from '@/utils/outreach/me-with-zone';
import { browserDraftLanguage } from '@/utils/drafting/draft-language';
import { meValues, type MeValues } from '@/components/me/me-values';
import { debounce } from '@/utils/debounce';
import { defaultMe, isMeEmpty, meIn, readMe, type Me, type MyWords } from '@/utils/outreach/me';
import { introCutForNotes } from '@/utils/outreach/intro-cut';
import { meSentences, sentencesShown } from '@/utils/outreach/me-sentences';
import { languagesWithMyWords, withMyWordsIn } from '@/utils/outreach/my-words';
import { loadWording } from '@/utils/outreach/languages';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { wordingFor } from '@/utils/outreach/wording';
import { meHints } from '@/utils/outreach/me-hints';
import { hintWords } from '@/components/me/me-fields';
import { text } from './text';
import { timeZoneList } from '@/utils/time-zones';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const browserLanguage = browserDraftLanguage(navigator.language);

export const values = signal<MeValues>(meValues({ ...defaultMe, timeZone: browserZone, language: browserLanguage }));
export const status = signal<string>(text.loading);
export const error = signal('');
export const loaded = signal(false);
/** Set when "Me" was empty on arrival: the popup's first-run screen sends people here. */
export const firstRun = signal(false);

/** My words in other draft languages, as typed (the popup asks for them; here they are edited or erased). */
export const wordsIn = signal<Partial<Record<DraftLanguage, MyWords>>>({});

export const me = computed(() => readMe({ ...values.value, wordsIn: wordsIn.value }));
/** The languages whose words are kept, listed while typed even when emptied (erasing is a button). */
export const wordLanguages = computed(() => languagesWithMyWords(wordsIn.value));

/** Languages whose words are here for the sentences below the fields (English always; another loads on demand). */
const wordsLoaded = signal<ReadonlySet<DraftLanguage>>(new Set(['en']));
effect(() => {
  const wanted = [me.value.language, ...wordLanguages.value].filter((language) => !wordsLoaded.value.has(language));
  if (wanted.length === 0) return;
  void Promise.all(wanted.map(loadWording)).then(() => {
    wordsLoaded.value = new Set([...wordsLoaded.value, ...wanted]);
  });
});

/** Each field's sentence in a draft in `language`, my words in it where I gave them ("…" where none yet); none until its words are loaded. */
export function sentencesIn(language: DraftLanguage) {
  if (!wordsLoaded.value.has(language)) return {};
  return sentencesShown({ ...meIn(me.value, language), language }, wordingFor(language));
}
/** The sentences under Me's own fields, in the language chosen for drafts. */
export const sentences = computed(() => sentencesIn(me.value.language));

/** A cut of a long intro for notes, offered until a short intro is set. */
export const introCut = computed(() => {
  const language = me.value.language;
  if (me.value.introShort || !wordsLoaded.value.has(language)) return undefined;
  const cut = introCutForNotes(me.value.intro, wordingFor(language));
  const sentence = cut && meSentences({ ...me.value, introShort: cut }, wordingFor(language)).introShort;
  return cut && sentence ? { cut, sentence } : undefined;
});
/** The hints under the fields, in the interface's language. */
export const hints = computed(() =>
  isMeEmpty(me.value) ? {} : Object.fromEntries(Object.entries(meHints(me.value)).map(([field, hint]) => [field, hintWords[hint]])),
);

export const timeZones = timeZoneList();

export async function loadMe(): Promise<void> {
  const reply = await askWorker('getSettings', undefined);
  if (!reply.ok) {
    error.value = reply.error;
    status.value = '';
    return;
  }
  const stored = meWithZone(reply.value.me, browserZone, browserLanguage);
  values.value = meValues(stored);
  wordsIn.value = stored.wordsIn ?? {};
  firstRun.value = isMeEmpty(stored);
  status.value = '';
  loaded.value = true;
}

const save = debounce(async (next: Me) => {
  const reply = await askWorker('saveSettings', { me: next });
  error.value = reply.ok ? '' : reply.error;
  status.value = reply.ok ? text.saved : '';
}, 300);

export function change(key: keyof MeValues, value: string): void {
  values.value = { ...values.value, [key]: value };
  status.value = text.saving;
  save(me.value);
}

/** A word of mine in another language typed: kept as typed, saved as the rest of Me. */
export function changeWord(language: DraftLanguage, field: keyof MyWords, value: string): void {
  wordsIn.value = withMyWordsIn(wordsIn.value, language, { ...wordsIn.value[language], [field]: value });
  status.value = text.saving;
  save(me.value);
}

// Erased here: a late word of an earlier save never brings them back.
const erased = new Set<DraftLanguage>();

/** "Erase these words": drafts in that language will ask for them again. */
export function eraseWords(language: DraftLanguage): void {
  erased.add(language);
  wordsIn.value = withMyWordsIn(wordsIn.value, language, undefined);
  status.value = text.saving;
  save(me.value);
}

/**
 * Me was saved (here or by the popup's words form): words the popup added in another language
 * show here too, so the next keystroke here saves them along instead of dropping them. What is
 * typed here is left as it is.
 */
export async function meSaved(): Promise<void> {
  const reply = await askWorker('getSettings', undefined);
  if (!reply.ok || !loaded.value) return;
  const stored = readMe(reply.value.me).wordsIn;
  const added = languagesWithMyWords(stored).filter((language) => !wordsIn.value[language] && !erased.has(language));
  if (added.length) wordsIn.value = { ...wordsIn.value, ...Object.fromEntries(added.map((language) => [language, stored?.[language]])) };
}

/** Closing the page right after typing still saves the last keystrokes. */
export const saveNow = () => save.flush();
