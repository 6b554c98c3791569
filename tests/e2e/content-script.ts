import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageReading } from '@/utils/messaging/messages';
import { requestFor } from '@/utils/messaging/wire';
import type { ExtensionBrowser } from './harness';

/** What the tab's content script answers, asked the way the popup asks (utils/messaging/wire.ts). */
export async function askContentScript(browser: ExtensionBrowser, page: Page): Promise<PageReading | undefined> {
  const tabId = await browser.tabIdOf(page);
  const sw = await browser.worker();
  return sw.evaluate(
    ({ tabId, request }) => chrome.tabs.sendMessage(tabId, request) as Promise<PageReading | undefined>,
    { tabId, request: requestFor('readProfile') },
  );
}

/** Waits until the content script answers with this person (the page renders, then it is read). */
export async function untilShowing(browser: ExtensionBrowser, page: Page, name: string): Promise<PageReading | undefined> {
  await expect.poll(async () => (await askContentScript(browser, page))?.profile?.name).toBe(name);
  return askContentScript(browser, page);
}
