import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageReading } from '@/utils/messaging/messages';
import type { ExtensionBrowser } from './harness';

/** What the tab's content script answers, asked the way the popup asks (typed messaging's wire format). */
export async function askContentScript(browser: ExtensionBrowser, page: Page): Promise<PageReading | undefined> {
  const tabId = await browser.tabIdOf(page);
  const sw = await browser.worker();
  return sw.evaluate(async (tabId) => {
    const answer = await chrome.tabs.sendMessage(tabId, { id: 1, type: 'readProfile', data: undefined, timestamp: Date.now() });
    return (answer as { res?: PageReading } | undefined)?.res;
  }, tabId);
}

/** Waits until the content script answers with this person (the page renders, then it is read). */
export async function untilShowing(browser: ExtensionBrowser, page: Page, name: string): Promise<PageReading | undefined> {
  await expect.poll(async () => (await askContentScript(browser, page))?.profile?.name).toBe(name);
  return askContentScript(browser, page);
}
