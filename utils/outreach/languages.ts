/**
 * Each language's words for the composer and the checker are a few KB (gzip): English is always
 * there (hooks are named in it first); another is loaded, once, when a draft or a follow-up is
 * written in it. Callers await loadLanguage before composing or checking in that language.
 */
import { loadedLanguages } from './languages/loaded';
import type { DraftLanguage } from './their-language';

const chunks: Record<Exclude<DraftLanguage, 'en'>, () => Promise<typeof import('./languages/es')>> = {
  es: () => import('./languages/es'),
  fr: () => import('./languages/fr'),
  de: () => import('./languages/de'),
  pt: () => import('./languages/pt'),
};

const loading = new Map<DraftLanguage, Promise<void>>([['en', Promise.resolve()]]);

/** Loads a language's words (at most once); English is there already. */
export function loadLanguage(language: DraftLanguage): Promise<void> {
  let load = loading.get(language);
  if (!load) {
    load = chunks[language as Exclude<DraftLanguage, 'en'>]().then(({ wording, checks }) => {
      loadedLanguages.set(language, { wording, checks });
    });
    // A failed load (the extension was updated underneath) is tried again next time.
    load.catch(() => loading.delete(language));
    loading.set(language, load);
  }
  return load;
}
