import { formatNumber, t, tCount, uiLocale } from '@/utils/ui-text';
import type { StoreNotice } from './backup';

const whenText = (time: number, timeZone: string) =>
  new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(time);

/** What the user is told after the database was lost: what happened, what came back, what to do. */
export function storeNoticeText(notice: StoreNotice, timeZone: string): { title: string; message: string } {
  const lost = t('store.lost');
  if (notice.kind === 'restored') {
    const missed = notice.changedAt ? t('store.missedSince', whenText(notice.changedAt, timeZone)) : t('store.nothingElseLost');
    return {
      title: t('store.restoredTitle'),
      message: t('store.restored', lost, tCount('data.contacts', notice.contacts), whenText(notice.backupAt, timeZone), missed),
    };
  }
  if (notice.reason === 'unreadable' || notice.reason === 'missing' || notice.backupAt === undefined) {
    return {
      title: t('store.lostTitle'),
      message: t('store.lostBody', lost, t(notice.reason === 'missing' ? 'store.notBackedUp' : 'store.backupUnreadable')),
    };
  }
  const backupAt = whenText(notice.backupAt, timeZone);
  return {
    title: t('store.waitingTitle'),
    message: t(notice.reason === 'full' ? 'store.waitingFull' : 'store.waitingRefused', lost, backupAt, tCount('data.contacts', notice.contacts)),
  };
}

// Every sentence the store can say to a user, in one place; the words are in locales/*.yml.
export const storeText = {
  full: t('store.full'),
  closed: t('store.closed'),
  damaged: (detail: string) => t('store.damaged', detail),
  refused: (detail: string) => t('store.refused', detail),
  failed: (detail: string) => t('store.failed', detail),
  notSaved: t('store.notSaved'),
  cannotOpen: (detail: string) => t('store.cannotOpen', detail),
  noContact: (who: string) => t('store.noContact', who),
  contactGone: t('store.contactGone'),
  changedElsewhere: t('store.changedElsewhere'),
  noFollowUp: t('store.noFollowUp'),
  followUpClosed: t('store.followUpClosed'),
  snoozeInPast: t('store.snoozeInPast'),
  notJson: t('store.notJson'),
  notText: t('store.notText'),
  notExport: t('store.notExport'),
  tooNew: (version: number) => t('store.tooNew', version),
  tooLarge: (megabytes: number) => t('store.tooLargeToRead', formatNumber(megabytes)),
  backupTooLarge: (characters: number) => t('store.backupTooLarge', formatNumber(characters)),
  exportGone: t('store.exportGone'),
  uploadGone: t('store.uploadGone'),
  sameContactTwice: (first: number, second: number) => t('store.sameContactTwice', first, second),
  unknownContact: (index: number, url: string) => t('store.unknownContact', index, url),
  invalid: (reason: string) => t('store.invalid', reason),
  eraseNotConfirmed: t('store.eraseNotConfirmed'),
} as const;
