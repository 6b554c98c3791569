import { t, tCount, uiLocale } from '@/utils/ui-text';
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
