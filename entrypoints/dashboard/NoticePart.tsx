/** The worker's notice of a lost database: rare, so its words load only when there is one. */
import { StoreNotice } from '@/components/StoreNotice';
import { dismissStoreNotice } from '@/utils/messaging/store-notice';
import type { StoreNotice as Notice } from '@/utils/store/transfer/backup';
import { storeNoticeText } from '@/utils/store/transfer/store-notice-text';

export function NoticePart({ notice, timeZone }: { notice: Notice; timeZone: string }) {
  return <StoreNotice {...storeNoticeText(notice, timeZone)} onDismiss={dismissStoreNotice} />;
}
