import type { DraftLanguage } from './draft-languages';
import type { FollowUpWords, Wording } from './types';

/**
 * The languages loaded so far besides English (utils/outreach/languages.ts fills them): read by
 * wordingFor and followUpWordingFor, so that a page that only writes (the dashboard's
 * follow-ups, the popup's first paint) carries only the languages it uses.
 */
export const loadedWording = new Map<DraftLanguage, Wording>();
export const loadedFollowUps = new Map<DraftLanguage, FollowUpWords>();
