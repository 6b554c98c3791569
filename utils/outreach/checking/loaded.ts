import type { DraftLanguage } from '../wording/draft-languages';
import type { CheckWords } from './types';

/**
 * The checks of the languages loaded so far besides English (utils/outreach/languages.ts fills
 * it): read by checkWordsFor, so that a page that only writes does not carry the checker's words.
 */
export const loadedChecks = new Map<DraftLanguage, CheckWords>();
