export type DraftLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt';

/** Every language a draft can be written in, English first: each has its wording here and its checks in ../checking. */
export const draftLanguages: readonly DraftLanguage[] = ['en', 'es', 'fr', 'de', 'pt'];
