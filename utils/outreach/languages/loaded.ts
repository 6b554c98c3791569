import type { CheckWords } from '../checking/types';
import type { DraftLanguage } from '../their-language';
import type { FollowUpWords, Wording } from '../wording/types';

/**
 * The languages loaded so far besides English (utils/outreach/languages.ts fills them): read by
 * wordingFor, followUpWordingFor and checkWordsFor, so that a page that only writes (the dashboard's follow-ups, the
 * popup's first paint) does not carry the checker or its words.
 */
export const loadedWording = new Map<DraftLanguage, Wording>();
export const loadedFollowUps = new Map<DraftLanguage, FollowUpWords>();
export const loadedChecks = new Map<DraftLanguage, CheckWords>();
