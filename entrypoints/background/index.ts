import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { openBesideThePageOnShortcut } from './beside-the-page';
import { answering } from '@/utils/messaging/wire';
import { storeChannel, type StoreChange } from '@/utils/messaging/messages';
import { fail } from '@/utils/store/schema/outcome';
import { storeNoticeText } from '@/utils/store/transfer/store-notice-text';
import { storeText } from '@/utils/store/schema/store-text';
import { answerRequest, changesData, changesFollowUps } from './answer-request';
import { backUpAfterChange, backUpIfBehind, forgetBackup, postponeBackup } from './backups';
import { clockFor } from './clock';
import { database, noticeNotification, recheckDatabase } from './database-connection';
import { answerNudgeButton, armSafetyCheck, nudgeAlarm, openNudge, safetyAlarm, syncNudges } from './nudges';
import { pageRequest, type PageRequest } from './page-request';

/** Now, in Me's time zone (the browser's while the database cannot be opened). */
const clockNow = () => database().then(clockFor, () => clockFor(undefined));

/** Brings badge, alarm and notifications up to date; a failure is logged, never thrown at the browser. */
function resync(onBadge?: () => void): Promise<void> {
  return database()
    .then(async (db) => syncNudges(db, await clockFor(db), onBadge))
    .catch((error: unknown) => console.error('Could not bring nudges up to date:', error));
}

/**
 * A write the browser refused may have cost the whole database (Chromium deletes one it judges
 * damaged): the answer says what really happened, found by opening it again.
 */
async function explain<T extends { ok: false; error: string }>(failure: T): Promise<T | ReturnType<typeof fail>> {
  const found = await recheckDatabase();
  if (!found) return failure;
  if ('notice' in found) return fail(`${storeText.notSaved} ${storeNoticeText(found.notice, (await clockNow()).timeZone).message}`);
  return fail(storeText.cannotOpen(found.error instanceof Error ? found.error.message : String(found.error)));
}

async function answer({ type, data }: PageRequest) {
  const clock = await clockNow();
  // The backup goes before the data, so an erased store is never brought back.
  if (type === 'eraseAll' && (data as { confirm?: unknown } | undefined)?.confirm === true) await forgetBackup();
  const reply = await answerRequest(database, type, data, clock);
  if (!reply.ok) return reply.storage ? explain(reply) : reply;
  if (changesData(type)) void backUpAfterChange(clock.now);
  if (changesFollowUps(type)) await resync();
  return reply;
}

export default defineBackground(() => {
  // Every listener is registered synchronously here: the browser stops the worker at any
  // time and wakes it only for events whose listeners exist at start-up.
  // Open pages hear of every change, so none keeps showing (or writing back) what is gone.
  const storeChanges = new BroadcastChannel(storeChannel);
  browser.runtime.onMessage.addListener(
    answering((message) => {
      const request = pageRequest(message);
      if (!request) return undefined;
      // A backup waits until requests stop, counted from their answers: a slow search is not raced.
      postponeBackup();
      return answer(request).then((reply) => {
        postponeBackup();
        if (reply.ok && (changesData(request.type) || changesFollowUps(request.type))) {
          storeChanges.postMessage({ request: request.type } satisfies StoreChange);
        }
        return reply;
      });
    }),
  );

  openBesideThePageOnShortcut();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === nudgeAlarm) void resync();
    if (alarm.name === safetyAlarm) void resync().then(backUpIfBehind).catch((error: unknown) => console.error('Safety check:', error));
  });

  browser.notifications.onClicked.addListener((id) => {
    if (id === noticeNotification) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    else void database().then((db) => openNudge(db, id));
  });

  browser.notifications.onButtonClicked?.addListener((id, button) => {
    void database()
      .then(async (db) => answerNudgeButton(db, id, button, await clockFor(db)))
      .then(() => backUpAfterChange(Date.now()))
      .then(() => resync(), (error: unknown) => console.error('Could not answer the nudge:', error));
  });

  // A fresh start (install, browser start, or the worker woken after being stopped): the
  // badge and the alarm are rebuilt from the database, and anything that came due is nudged.
  // The mark times worker start → badge set for npm run bench.
  void resync(() => performance.mark('badge-set'));
  void armSafetyCheck();
});
