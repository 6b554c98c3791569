import type { CheckWords } from '../checking/types';
import type { DraftLanguage } from '../their-language';
import type { Wording } from '../wording/types';

/**
 * The languages loaded so far besides English (utils/outreach/languages.ts fills it): read by
 * wordingFor and checkWordsFor, so that a page that only writes (the dashboard's follow-ups)
 * does not carry the checker to register its words.
 */
export const loadedLanguages = new Map<DraftLanguage, { wording: Wording; checks: CheckWords }>();
