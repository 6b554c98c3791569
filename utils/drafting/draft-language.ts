import { type DraftLanguage, draftLanguages } from '@/utils/outreach/their-language';

/** Me's language before the user picks one: the browser's (es-MX → es) when a draft can be written in it, else English. */
export function browserDraftLanguage(locale: string | undefined): DraftLanguage {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  return draftLanguages.find((candidate) => candidate === language) ?? 'en';
}

/** The language to offer for this draft: their profile's, when it is one of ours and not the draft's already. */
export function languageToOffer(theirs: DraftLanguage | undefined, draft: DraftLanguage): DraftLanguage | undefined {
  return theirs && theirs !== draft ? theirs : undefined;
}
