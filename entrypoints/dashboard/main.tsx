import { render } from 'preact';
import { effect } from '@preact/signals';
import '@/components/base.css';
import '@/components/dashboard/pages.css';
import '@/components/dashboard/dashboard.css';
import { App } from './App';
import { catchUp, contactInHash, openContact, saveNow, storeChanged } from './actions';
import { storeChannel, type StoreChange } from '@/utils/messaging/messages';
import { backupPart, loadDueLater, loadDueThisWeek, loadGroups, loadMe, noticePart, selected } from './state';
import { loadStoreNotice, storeNotice } from '@/utils/messaging/store-notice';
import { speakTheInterfaceLanguage } from '@/components/page-language';
import { dashboardText } from '@/components/dashboard/dashboard-text';

speakTheInterfaceLanguage(dashboardText.title);
render(<App />, document.getElementById('app')!);

/** Notifications open dashboard.html#contact=<address>: that contact opens. */
function followHash() {
  const url = contactInHash(location.hash);
  if (url && url !== selected.value?.contact.url) void openContact(url);
}

/** Marks (for npm run bench) the frame that paints what was just loaded. */
const painted = (mark: string) =>
  new Promise<void>((done) =>
    requestAnimationFrame(() => {
      performance.mark(mark);
      done();
    }),
  );

// All asked at once: the groups need nothing from "Me"; the due list waits for its time zone only to cut the week.
const meLoaded = loadMe();
void Promise.all([meLoaded, loadDueThisWeek(meLoaded), loadGroups()])
  // The frame that paints the first screen (every stage's first page, and Coming up to the end
  // of this week): marked for npm run bench (budget 200 ms at 10,000 contacts).
  .then(() => painted('first-screen'))
  // After the first screen: the follow-ups planned later (thousands to count at 10,000 contacts; timed by the bench too), and the backup reminder.
  .then(() => Promise.all([loadDueLater().then(() => painted('coming-up-whole')), backupPart.want().then((part) => part.loadBackupReminder())]));
void loadStoreNotice();
// A notice of a lost database is rare: its words load only when there is one.
effect(() => {
  if (storeNotice.value) void noticePart.want();
});
followHash();
addEventListener('hashchange', followHash);
addEventListener('pagehide', saveNow);
// Another page's save or erase: this one shows what is stored now, and never writes back what is gone.
new BroadcastChannel(storeChannel).addEventListener('message', (event: MessageEvent<StoreChange>) => void storeChanged(event.data));
// Follow-ups come due, and other pages save, while the page stays open; it catches up when the user returns to it.
addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void catchUp();
});
