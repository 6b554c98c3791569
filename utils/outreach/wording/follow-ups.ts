import type { DraftLanguage } from './draft-languages';
import { loadedFollowUps } from './loaded';
import { englishFollowUps } from './en-follow-ups';
import { wordingFor } from './index';
import type { FollowUpWords, Wording } from './types';
import { type TypedPhrase, readPhrase } from './typed-phrase';

/** A language's words for the follow-up drafts, with its first message's (greetings, sign-off, lists). */
export type FollowUpWording = Wording & { followUps: FollowUpWords };

const made = new Map<DraftLanguage, FollowUpWording>();

/**
 * The follow-up drafts' words in one language, English for none or an unknown one. They live
 * apart from the first message's (the popup's first draft does not carry them); another
 * language's come in the same chunk as its wording (loadWording).
 */
export function followUpWordingFor(language: DraftLanguage | undefined): FollowUpWording {
  const words = wordingFor(language);
  let wording = made.get(words.language);
  if (!wording) {
    const followUps = words.language === 'en' ? englishFollowUps : loadedFollowUps.get(words.language);
    if (!followUps) throw new Error(`The follow-up words of ${words.language} are not loaded yet (loadWording).`);
    wording = { ...words, followUps };
    made.set(words.language, wording);
  }
  return wording;
}

/** The form of a phrase typed in a language (see typed-phrase.ts), read by that language's reader. */
export function phraseForm(typed: string | undefined, language: DraftLanguage): TypedPhrase {
  return readPhrase(typed, followUpWordingFor(language).followUps.readPhrase);
}
