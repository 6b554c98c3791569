/**
 * My words in other draft languages (Me's `wordsIn`): when a draft asks for them, and how they
 * are kept or erased. The popup's words form and the Me page save through these, then through
 * the same saveSettings as the rest of Me.
 */
import { type Me, type MyWords, hasMyWordsIn, myWordFields } from './me';
import { type DraftLanguage, draftLanguages } from './their-language';

/** The few words asked for in another language: who I am (for letters and for notes), my goal, my questions' topic. */
export const wordsAskedFor = ['intro', 'introShort', 'shortTermGoal', 'askAbout'] as const satisfies readonly (typeof myWordFields)[number][];

/**
 * A draft in `language` waits for my words in it: Me has words of its own (in its language)
 * that the draft would otherwise borrow, and none were given in this one.
 */
export function asksForMyWordsIn(me: Me, language: DraftLanguage): boolean {
  const mine = myWordFields.some((field) => (me[field] ?? '').trim() !== '');
  return mine && !hasMyWordsIn(me, language);
}

/**
 * My words in each language with those in `language` set as typed, or erased (`undefined`). Kept
 * as typed while the user types; readMe tidies them, and drops empty ones, when Me is saved.
 */
export function withMyWordsIn(wordsIn: Me['wordsIn'], language: DraftLanguage, words: MyWords | undefined): NonNullable<Me['wordsIn']> {
  const { [language]: _old, ...others } = wordsIn ?? {};
  return words ? { ...others, [language]: words } : others;
}

/** The languages whose words Me keeps (`wordsIn`), in the order languages are listed everywhere. */
export function languagesWithMyWords(wordsIn: Me['wordsIn']): DraftLanguage[] {
  return draftLanguages.filter((language) => wordsIn?.[language] !== undefined);
}
