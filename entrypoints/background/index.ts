import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { answerRequest, changesFollowUps } from './answer-request';
import { clockNow } from './clock';
import { database } from './database-connection';
import { answerNudgeButton, nudgeAlarm, openNudge, syncNudges } from './nudges';
import { replyOf } from '@/utils/message-wire';
import { storeChannel, type StoreChange } from '@/utils/messages';
import { pageRequest } from './page-request';

/** Brings badge, alarm and notifications up to date; a failure is logged, never thrown at the browser. */
function resync(): Promise<void> {
  return database()
    .then((db) => syncNudges(db, clockNow()))
    .catch((error: unknown) => console.error('Could not bring nudges up to date:', error));
}

export default defineBackground(() => {
  // Every listener is registered synchronously here: the browser stops the worker at any
  // time and wakes it only for events whose listeners exist at start-up.
  // Open pages hear of every change, so none keeps showing (or writing back) what is gone.
  const storeChanges = new BroadcastChannel(storeChannel);
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = pageRequest(message);
    if (!request) return undefined;
    return answerRequest(database, request.type, request.data, clockNow()).then(async (reply) => {
      if (reply.ok && changesFollowUps(request.type)) {
        await resync();
        storeChanges.postMessage({ request: request.type } satisfies StoreChange);
      }
      return replyOf(reply);
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === nudgeAlarm) void resync();
  });

  browser.notifications.onClicked.addListener((id) => {
    void database().then((db) => openNudge(db, id));
  });

  browser.notifications.onButtonClicked?.addListener((id, button) => {
    void database()
      .then((db) => answerNudgeButton(db, id, button, clockNow()))
      .then(resync);
  });

  // A fresh start (install, browser start, or the worker woken after being stopped): the
  // badge and the alarm are rebuilt from the database, and anything that came due is nudged.
  // The mark times worker start → badge for npm run bench.
  void resync().then(() => performance.mark('badge-set'));
});
