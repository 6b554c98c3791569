import { readMe, type Me } from '@/utils/outreach/me';
import type { DraftLanguage } from '@/utils/outreach/their-language';

/**
 * The stored "Me"; one saved without a time zone (or never saved) takes the browser's, not UTC,
 * and one without a language takes the browser's (see browserDraftLanguage), not English.
 */
export function meWithZone(stored: unknown, browserZone: string, browserLanguage?: DraftLanguage): Me {
  const has = (field: string) => typeof stored === 'object' && stored !== null && field in stored;
  return readMe({
    ...(stored as object | null),
    ...(!has('timeZone') && { timeZone: browserZone }),
    ...(!has('language') && browserLanguage && { language: browserLanguage }),
  });
}
