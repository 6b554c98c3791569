import { StoreNotice } from '@/components/StoreNotice';
import { dismissStoreNotice, storeNotice } from '@/utils/messaging/store-notice';
import { storeNoticeText } from '@/utils/store/transfer/store-notice-text';
import * as state from './state';

/** What went wrong with the store, when something did: loaded only then (App.tsx). */
export function StoreNoticeView() {
  return storeNotice.value ? <StoreNotice {...storeNoticeText(storeNotice.value, state.me.value.timeZone)} onDismiss={dismissStoreNotice} /> : null;
}
