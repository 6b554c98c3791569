import { browser } from 'wxt/browser';
import { nudgeFor, nudgeText, type Nudge } from '@/utils/relationship/nudge-text';
import { badgeTitle, nudgeButtons, nudgeWords } from '@/utils/relationship/nudge-words';
import type { Clock } from '@/utils/relationship/clock';
import { countDue, markNotified, nextNudgeAt, unnotifiedDue, type DueFollowUp } from '@/utils/store/follow-ups/due-follow-ups';
import { finishFollowUp, snoozeFollowUp } from '@/utils/store/follow-ups/follow-ups';
import type { Database } from '@/utils/store/schema/database';

/** The one alarm: it always points at the next follow-up owed a nudge. */
export const nudgeAlarm = 'next-follow-up';

/**
 * The safety check: a one-shot alarm can wait on a wall-clock jump (seen in Chromium: a clock
 * moved 30 days on, and the alarm set for +7 days had not fired after 75 s), and a laptop
 * that sleeps wakes the same way. This one repeats, and a missed one fires on wake, so badge
 * and nudges are never more than a few minutes behind; nudges still go out once each.
 */
export const safetyAlarm = 'safety-check';
export const safetyMinutes = 5;

/** Arms the safety check unless it is armed already: re-creating it at each worker start would keep putting it off. */
export async function armSafetyCheck(): Promise<void> {
  if (!(await browser.alarms.get(safetyAlarm))) await browser.alarms.create(safetyAlarm, { periodInMinutes: safetyMinutes });
}

const single = 'follow-up:';
const digest = 'digest:';

// Firefox MV2 calls the toolbar button browserAction.
const toolbar = () => browser.action ?? browser.browserAction;

function nudgeOf({ followUp, contact }: DueFollowUp): Nudge {
  return nudgeFor(contact.name, followUp, contact.meetingAt);
}

async function notify(due: DueFollowUp[], clock: Clock): Promise<void> {
  const [first] = due;
  if (!first) return;
  const { title, message } = nudgeText(due.map(nudgeOf), clock, nudgeWords);
  // The same follow-ups always get the same id: shown again, a nudge replaces itself.
  const id = due.length === 1 ? `${single}${first.followUp.id}` : `${digest}${due.map(({ followUp }) => followUp.id).join(',')}`;
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    title,
    message,
    // Firefox shows no buttons on notifications; there a click opens the contact.
    ...(!import.meta.env.FIREFOX && due.length === 1 && {
      buttons: [{ title: nudgeButtons.snooze }, { title: nudgeButtons.done }],
    }),
  });
}

/**
 * Brings nudges up to date with the database: sets the badge to the number due (`onBadge`
 * hears when), notifies what became due (once, marked only after it was shown), and points
 * the alarm at the next one. Runs at every worker start, on the
 * alarm, and after every change, so nothing depends on the worker staying alive.
 */
export async function syncNudges(db: Database, clock: Clock, onBadge?: () => void): Promise<void> {
  // The badge first: it needs only a count, while nudges read their follow-ups.
  const due = await countDue(db, clock.now);
  await toolbar().setBadgeText({ text: due > 0 ? String(due) : '' });
  onBadge?.();
  // The badge's number in words, for whoever hovers it or hears it read.
  await toolbar().setTitle({ title: badgeTitle(due) });
  const fresh = await unnotifiedDue(db, clock.now);
  if (fresh.ok && fresh.value.length > 0) {
    await notify(fresh.value, clock);
    await markNotified(db, fresh.value.map(({ followUp }) => followUp.id), clock.now);
  }
  const next = await nextNudgeAt(db, clock.now);
  if (next === undefined) await browser.alarms.clear(nudgeAlarm);
  else await browser.alarms.create(nudgeAlarm, { when: next });
}

/** The page a nudge opens: the dashboard at that contact, or at the due list for a digest. */
export async function dashboardFor(db: Database, notificationId: string): Promise<string> {
  const page = browser.runtime.getURL('/dashboard.html');
  const followUp = notificationId.startsWith(single)
    ? await db.get('followUps', Number(notificationId.slice(single.length)))
    : undefined;
  return followUp ? `${page}#contact=${encodeURIComponent(followUp.contactUrl)}` : `${page}#due`;
}

export async function openNudge(db: Database, notificationId: string): Promise<void> {
  await browser.tabs.create({ url: await dashboardFor(db, notificationId) });
  await browser.notifications.clear(notificationId);
}

/** The notification's buttons: 0 snoozes a day, 1 marks done. */
export async function answerNudgeButton(db: Database, notificationId: string, button: number, clock: Clock): Promise<void> {
  if (!notificationId.startsWith(single)) return;
  const id = Number(notificationId.slice(single.length));
  if (button === 0) await snoozeFollowUp(db, { id, choice: '1-day' }, clock);
  else await finishFollowUp(db, { id }, clock);
  await browser.notifications.clear(notificationId);
}
