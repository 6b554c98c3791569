/**
 * Each language's words for the composer and the checker are a few KB (gzip): English is always
 * there (hooks are named in it first); another is loaded, once, when a draft or a follow-up is
 * written in it (loadWording), and its checks when a draft in it is checked (loadChecks).
 * loadLanguage loads both. Callers await them before composing or checking in that language.
 */
import { loadedChecks } from './checking/loaded';
import { loadedFollowUps, loadedWording } from './wording/loaded';
import type { DraftLanguage } from './their-language';

type Other = Exclude<DraftLanguage, 'en'>;

const wordingChunks: Record<Other, () => Promise<typeof import('./languages/es')>> = {
  es: () => import('./languages/es'),
  fr: () => import('./languages/fr'),
  de: () => import('./languages/de'),
  pt: () => import('./languages/pt'),
};

const checkChunks: Record<Other, () => Promise<typeof import('./languages/checks-es')>> = {
  es: () => import('./languages/checks-es'),
  fr: () => import('./languages/checks-fr'),
  de: () => import('./languages/checks-de'),
  pt: () => import('./languages/checks-pt'),
};

/** Loads once, English being there already; a failed load (the extension was updated underneath) is tried again next time. */
function once<T>(chunks: Record<Other, () => Promise<T>>, keep: (language: DraftLanguage, chunk: T) => void): (language: DraftLanguage) => Promise<void> {
  const loading = new Map<DraftLanguage, Promise<void>>([['en', Promise.resolve()]]);
  return (language) => {
    let load = loading.get(language);
    if (!load) {
      load = chunks[language as Other]().then((chunk) => keep(language, chunk));
      load.catch(() => loading.delete(language));
      loading.set(language, load);
    }
    return load;
  };
}

/** Loads a language's words for drafts and follow-ups (at most once). */
export const loadWording = once(wordingChunks, (language, { wording, followUps }) => {
  loadedWording.set(language, wording);
  loadedFollowUps.set(language, followUps);
});

/** Loads a language's words for the checker (at most once). */
export const loadChecks = once(checkChunks, (language, { checks }) => loadedChecks.set(language, checks));

/** Loads a language's words for drafts and for the checker. */
export async function loadLanguage(language: DraftLanguage): Promise<void> {
  await Promise.all([loadWording(language), loadChecks(language)]);
}
