/** What the popup and side panel tests share: a fresh start, and the popup on a profile. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { sampleMe } from './sample-me';

/**
 * No contacts, the sample "Me", and none of the drafts the popup and side panel keep in the
 * extension pages' storage (with the first-run choice): erasing through the worker does not
 * reach them; the options page's "Erase everything" does.
 */
export async function freshStart(browser: ExtensionBrowser): Promise<void> {
  await browser.askWorker('eraseAll', { confirm: true });
  await browser.askWorker('saveSettings', { me: sampleMe });
  const page = await browser.openExtensionPage('options.html');
  await page.evaluate(() => localStorage.clear());
  await page.close();
}

export const messageBox = (page: Page) => page.getByLabel('Message', { exact: true });

/** Opens the profile in a new tab and the popup on it, once the draft is showing (its box found by `box`, in another language). */
export async function popupOn(browser: ExtensionBrowser, slug: string, box = messageBox): Promise<Page> {
  const popup = await browser.openPopup(await browser.openLinkedIn(`/in/${slug}/`));
  await expect.poll(() => box(popup).count()).toBe(1);
  return popup;
}
