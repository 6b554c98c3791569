import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { pageMessaging, type PageReading } from '@/utils/messages';
import { tabIdFromQuery } from '@/utils/popup-target';

export type PopupState =
  | { kind: 'asking' }
  | { kind: 'profile'; reading: PageReading }
  | { kind: 'not-profile' };

export const popupState = signal<PopupState>({ kind: 'asking' });

async function targetTabId(): Promise<number | undefined> {
  const named = tabIdFromQuery(location.search);
  if (named !== undefined) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** Ask the tab's content script what it shows. No answer means it is not a profile page. */
export async function readTab(): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) {
    popupState.value = { kind: 'not-profile' };
    return;
  }
  try {
    const reading = await pageMessaging.sendMessage('readProfile', undefined, tabId);
    popupState.value = { kind: 'profile', reading };
  } catch {
    // The content script only runs on /in/ pages: elsewhere nothing answers.
    popupState.value = { kind: 'not-profile' };
  }
}

export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}
