/** What the popup does: read the tab, talk to the worker, copy, open pages. */
import { signal } from '@preact/signals';
import { extensionApi } from '@/utils/extension-api';
import { text } from '@/components/popup/text';
import type { PageReading } from '@/utils/messaging/messages';
import { meWithZone } from '@/utils/outreach/me-with-zone';
import { askReader } from '@/utils/messaging/ask-reader';
import { askWorker } from '@/utils/messaging/ask-worker';
import { browserDraftLanguage } from '@/utils/drafting/draft-language';
import { tabIdFromQuery } from '@/utils/popup-target';
import * as state from './state';
import { copyText } from '@/utils/copy-text';
import { readMe } from '@/utils/outreach/me';
import { draftsWithoutMe, forgetDraft, forgetOldDrafts, keptDraftFor, rememberDraftWithoutMe } from '@/utils/drafting/kept-drafts';
import { openBesideThePage } from './beside-the-page';
import { inSidePanel } from './where';

export const copyStatus = signal<string | undefined>(undefined);

const words = text.reader;

// LinkedIn renders a profile some time after the address changes; wait this long at most.
const waitForProfileMs = 15_000;
const retryEveryMs = 250;

/** The popup reads the tab it was opened on; the side panel, whichever tab is active in its window. */
async function targetTabId(): Promise<number | undefined> {
  const named = tabIdFromQuery(location.search);
  if (named !== undefined) return named;
  const [active] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/**
 * Asks the tab's content script. It is missing when the user arrived at the profile by
 * LinkedIn's in-app navigation from a page it does not run on (the feed, search): then,
 * on a profile address, the popup's click grants access to the tab (activeTab) and the
 * script is added once. Any other site is left untouched: nothing is added to it.
 */
async function askTab(tabId: number): Promise<PageReading | undefined> {
  try {
    return await askReader(tabId, 'readProfile');
  } catch {
    // The click lets us see this one tab's address (activeTab); without it, or off a
    // LinkedIn profile, this is not a profile and nothing is added.
    const { url } = await extensionApi().tabs.get(tabId).catch(() => ({ url: undefined }));
    // Reading addresses is needed off the usual path only: loaded then.
    const { profileUrl } = await import('@/utils/linkedin/profile-url');
    if (!url || !profileUrl(url).ok) return undefined;
    const added = await extensionApi().scripting
      .executeScript({ target: { tabId }, files: ['/content-scripts/linkedin.js'] })
      .then(() => true, () => false);
    return added ? askReader(tabId, 'readProfile').catch(() => undefined) : undefined;
  }
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Sections LinkedIn draws late are asked for again this often, for this long at most: the
// content script re-reads the page once its changes settle, so asking is cheap and fetches nothing.
const lateEveryMs = 1000;
const lateForMs = 30_000;

const sameFields = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((field, i) => field === b[i]);

/**
 * While the profile shown has sections LinkedIn is still loading, asks the tab again (the same
 * request, no click, no scroll, nothing fetched) and shows the fuller profile when they arrive
 * (state.readAgain keeps whatever the user wrote). Stops when nothing is loading, when the tab
 * shows another page (follow() is for that), when another reading starts, or after lateForMs.
 */
async function followLateSections(tabId: number, current: () => boolean): Promise<void> {
  const until = Date.now() + lateForMs;
  while (current() && state.lateSections.value.length > 0 && Date.now() < until) {
    await pause(lateEveryMs);
    const read = (await askReader(tabId, 'readProfile').catch(() => undefined))?.profile;
    if (!current()) return;
    if (!read || read.url !== state.pageProfile.value?.url) break;
    if (sameFields(read.loading, state.lateSections.value)) continue;
    if (!state.readAgain(read)) break;
  }
  if (current()) state.lateSections.value = [];
}

/** Reads the tab until it shows a profile, says it is no profile page, or time runs out. */
async function readProfileWhenReady(tabId: number, current: () => boolean): Promise<PageReading | 'timeout'> {
  const deadline = Date.now() + waitForProfileMs;
  for (;;) {
    const reading = await askTab(tabId);
    if (!reading?.onProfile) return reading ?? { url: '', onProfile: false };
    if (reading.profile || reading.notProfile) return reading;
    if (Date.now() > deadline || !current()) return 'timeout';
    state.screen.value = { kind: 'waiting' };
    await pause(retryEveryMs);
  }
}

// The side panel may be asked to read again while a reading is under way: the latest wins.
let latestLoad = 0;

export async function load(): Promise<void> {
  const run = ++latestLoad;
  const current = () => run === latestLoad;
  state.screen.value = { kind: 'loading' };
  try {
    const tabId = await targetTabId();
    if (!current()) return;
    state.tabId.value = tabId;
    if (tabId === undefined) {
      state.screen.value = { kind: 'error', message: words.noTab };
      return;
    }
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [settings, reading] = await Promise.all([
      // Me's language is loaded while the tab is read, so the draft shows as soon as the profile.
      askWorker('getSettings', undefined).then(async (reply) => {
        if (!reply.ok) return reply;
        const me = meWithZone(reply.value.me, browserZone, browserDraftLanguage(navigator.language));
        await state.loadWordsOf(me.language);
        return { ok: true as const, me };
      }),
      readProfileWhenReady(tabId, current),
    ]);
    if (!current()) return;
    if (!settings.ok) state.screen.value = { kind: 'error', message: settings.error };
    else if (reading === 'timeout') state.screen.value = { kind: 'error', message: words.stillLoading };
    else if (!reading.profile) {
      // A profile address the reader refuses is said at once, in its own words; any other page is no profile.
      const { profileAddressProblem } = await import('@/utils/linkedin/profile-url');
      if (!current()) return;
      const problem = profileAddressProblem(reading.url);
      state.screen.value = problem
        ? { kind: 'unreadable-address', reason: problem }
        : { kind: 'not-profile', ...(reading.notProfile && { seen: reading.notProfile }) };
    } else {
      const profile = reading.profile;
      const now = Date.now();
      forgetOldDrafts(localStorage, now);
      const kept = keptDraftFor(localStorage, profile.url, now);
      if (kept?.choices.language) await state.loadWordsOf(kept.choices.language);
      if (!current()) return;
      state.showProfile(profile, settings.me, draftsWithoutMe(localStorage), kept);
      void followLateSections(tabId, current);
      await Promise.all([refreshKnown(profile.url, profile.memberId), loadSavedMessages(profile.url), countNotesThisMonth()]);
    }
  } catch (error) {
    if (current()) state.screen.value = { kind: 'error', message: words.failed(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * The side panel follows the tab: when another tab or page may be showing, it reads the tab
 * again, unless it still shows the profile already drafted (so typing is never interrupted).
 */
export async function follow(): Promise<void> {
  const tabId = await targetTabId();
  const shown = state.screen.value.kind === 'profile' || state.screen.value.kind === 'first-run';
  if (shown && tabId === state.tabId.value && tabId !== undefined) {
    const reading = await askReader(tabId, 'readProfile').catch(() => undefined);
    const shownProfile = state.pageProfile.value;
    if (reading?.profile?.url === shownProfile?.url) {
      // Sections still loading when it was shown may have come since (the user scrolled the page).
      const late = shownProfile?.loading;
      if (reading?.profile && late?.length && !sameFields(reading.profile.loading, late)) state.readAgain(reading.profile);
      return;
    }
  }
  await load();
}

/** Where we stand with this person, if saved (by address, or member id after a slug change). */
export async function refreshKnown(url: string, memberId?: string): Promise<void> {
  const answer = await askWorker('getContact', { url, ...(memberId && { memberId }) });
  state.known.value = answer.ok ? answer.value : null;
}

/** This month's invitation notes, counted by the worker in Me's zone (utils/store/contacts/sent-notes.ts). */
async function countNotesThisMonth(): Promise<void> {
  const answer = await askWorker('notesThisMonth', undefined);
  state.notesThisMonth.value = answer.ok ? answer.value : undefined;
}

async function loadSavedMessages(exceptUrl: string): Promise<void> {
  const answer = await askWorker('recentMessages', { exceptUrl });
  state.savedMessages.value = answer.ok ? answer.value : [];
}

/**
 * Another page saved or erased (the worker's broadcast): the open popup or panel shows what is
 * stored now for the profile it shows, so an erased contact is dropped and a save made elsewhere
 * appears. Only the stored state is read again; the draft being written is left as it is.
 */
export async function storeChanged(): Promise<void> {
  const profile = state.pageProfile.value;
  const shown = state.screen.value.kind === 'profile' || state.screen.value.kind === 'first-run';
  if (!profile || !shown) return;
  await Promise.all([refreshKnown(profile.url, profile.memberId), loadSavedMessages(profile.url)]);
  // "Saved" no longer holds once the contact is gone.
  if (state.known.value === null && state.save.value.state === 'saved') state.save.value = { state: 'idle' };
}

export const firstTwo = signal<{ saving: boolean; error?: string }>({ saving: false });

/** "Save and draft": keeps who I am and my questions' topic in Me, then drafts with them. */
export async function saveFirstTwo(intro: string, askAbout: string): Promise<void> {
  const profile = state.pageProfile.value;
  if (!profile) return;
  firstTwo.value = { saving: true };
  const me = readMe({ ...state.me.value, ...(intro.trim() && { intro }), ...(askAbout.trim() && { askAbout }) });
  const answer = await askWorker('saveSettings', { me });
  firstTwo.value = answer.ok ? { saving: false } : { saving: false, error: answer.error };
  if (answer.ok) state.showProfile(profile, me, true);
}

/** "Save & remind me": the contact at stage Reached out, with the hook and the message as shown. */
export async function saveAndRemind(): Promise<void> {
  const profile = state.profile.value;
  if (!profile) return;
  state.save.value = { state: 'saving' };
  const hook = state.chosenHook.value;
  const { channel } = state.choices.value;
  const { subject, body } = state.message.value;
  const answer = await askWorker('saveContact', {
    profile,
    ...(hook && { hook: { text: hook.text, source: hook.source } }),
    message: { channel, body, ...(state.hasSubject.value && subject && { subject }) },
  });
  if (!answer.ok) {
    state.save.value = { state: 'failed', error: answer.error };
    return;
  }
  // Saved: the contact now keeps the message, so the draft need not be kept apart.
  forgetDraft(localStorage, profile.url);
  state.touched.value = false;
  await refreshKnown(answer.value.url, answer.value.memberId);
  state.save.value = { state: 'saved' };
}

/** "Start again": forgets the kept draft and shows the suggested one. */
export function discardEdits(): void {
  const url = state.pageProfile.value?.url;
  if (url) forgetDraft(localStorage, url);
  state.discardEdits();
}

/** "Draft anyway", remembered: the next profile drafts straight away. */
export function skipFirstRun(): void {
  rememberDraftWithoutMe(localStorage);
  void load();
}

/** Copies exactly what is shown, and says so (or says how to copy by hand). */
export async function copyShown(value: string): Promise<void> {
  copyStatus.value = (await copyText(value)) ? text.draft.copied : text.draft.copyFailed;
}

export function copy(what: 'subject' | 'message'): Promise<void> {
  const { subject, body } = state.message.value;
  return copyShown(what === 'subject' ? subject : body);
}

// The popup steps aside once the page it opened is showing; the side panel stays.
const stepAside = () => {
  if (!inSidePanel) window.close();
};

export async function openDashboard(): Promise<void> {
  await extensionApi().tabs.create({ url: extensionApi().runtime.getURL('/dashboard.html') });
  stepAside();
}

/** "Keep it beside the page": the side panel takes over, with the draft kept; the popup closes. */
export async function keepBesideThePage(): Promise<void> {
  if (await openBesideThePage(state.tabId.value)) window.close();
  else copyStatus.value = text.besideThePage.failed;
}

export async function openMe(): Promise<void> {
  await extensionApi().runtime.openOptionsPage();
  stepAside();
}
