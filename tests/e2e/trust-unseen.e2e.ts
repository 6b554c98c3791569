import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestFor } from '@/utils/messaging/wire';
import { fixturesDir, otherSite } from './harness';
import { browserPerFile } from './browser-per-file';
import { sampleMe } from './sample-me';

// The page cannot see us (issue #19) and cannot switch the reader off (issue #20). A listener
// in the page's own world, installed before any of its scripts, records everything a page
// script could notice of an extension: window messages, every untrusted event on window and
// document (including the names WXT's content script used), every DOM mutation, and every new
// global. Through a whole session it must record nothing.

const browser = browserPerFile();
let viewer: Page;

/** Runs in the page's world before its scripts (addInitScript). */
function pageSideListener(names: string[]) {
  const seen: string[] = [];
  const note = (what: string) => seen.push(what);
  addEventListener('message', (event) => note(`window message ${JSON.stringify(event.data)}`), true);
  const types = new Set(names);
  for (const target of [window, document]) {
    for (let proto: object | null = target; proto; proto = Object.getPrototypeOf(proto)) {
      for (const key of Object.getOwnPropertyNames(proto)) if (key.startsWith('on')) types.add(key.slice(2));
    }
  }
  for (const type of types) {
    for (const [where, target] of [['window', window], ['document', document]] as const) {
      // The browser's own events are trusted; any a script dispatches is not.
      target.addEventListener(type, (event) => event.isTrusted || note(`${type} event on ${where}`), true);
    }
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) note(`${record.type} of ${record.target.nodeName} ${record.attributeName ?? ''}`);
  });
  let globals: Set<string> | undefined;
  document.addEventListener('DOMContentLoaded', () => {
    globals = new Set(Object.getOwnPropertyNames(window));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  Object.assign(window, {
    pageSide: {
      seen,
      newGlobals: () => Object.getOwnPropertyNames(window).filter((name) => !globals?.has(name)),
      /** A change the page makes itself (LinkedIn's in-app navigation): not recorded. */
      change(html: string, path: string) {
        history.pushState({}, '', path);
        const next = new DOMParser().parseFromString(html, 'text/html').body;
        document.body.replaceChildren(...[...next.childNodes].map((node) => document.importNode(node, true)));
        observer.takeRecords();
      },
    },
  });
}

interface PageSide {
  seen: string[];
  newGlobals(): string[];
  change(html: string, path: string): void;
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const side = (window as unknown as { pageSide: PageSide }).pageSide;
    return { seen: side.seen, globals: side.newGlobals() };
  });

/** What the real popup (opened by the toolbar icon) shows, if it is open. */
const toolbarPopup = () =>
  viewer.evaluate(() => {
    const [popup] = chrome.extension.getViews({ type: 'popup' }) as unknown as { document: Document }[];
    return popup?.document.body.innerText ?? '';
  });

/** Whether any reader of ours answers in this tab. */
async function readerAnswers(page: Page): Promise<boolean> {
  const tabId = await browser.tabIdOf(page);
  return viewer.evaluate(
    ({ tabId, request }) =>
      chrome.tabs.sendMessage(tabId, request).then(
        () => true,
        () => false,
      ),
    { tabId, request: requestFor('readProfile') },
  );
}

beforeAll(async () => {
  const id = browser.extensionId;
  // The names WXT's context announced itself with and obeyed (issues #19 and #20).
  await browser.context.addInitScript(pageSideListener, [
    `${id}:linkedin:wxt:content-script-started`,
    `${id}:linkedin:wxt:locationchange`,
    `${id}:linkedin-messaging:wxt:content-script-started`,
    `${id}:linkedin-messaging:wxt:locationchange`,
  ]);
  await browser.askWorker('saveSettings', { me: sampleMe });
  viewer = await browser.openExtensionPage('dashboard.html');
});
// An open popup holds the window's focus, as it does for a user: close it after each test.
afterEach(async () => {
  await viewer.evaluate(() => {
    for (const popup of chrome.extension.getViews({ type: 'popup' }) as unknown as globalThis.Window[]) popup.close();
  });
});

describe('what a page can see of the extension', () => {
  it('sees nothing of ours through a whole session on a profile: read, toolbar click, save, in-app navigation, read again', async () => {
    const profile = await browser.openLinkedIn('/in/amara-okafor/');
    const popup = await browser.openPopup(profile);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Amara Okafor');
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible()).toBe(true);

    await browser.clickToolbarIcon(profile);
    await expect.poll(toolbarPopup).toMatch(/Where you stand[^]*Amara/);

    const next = readFileSync(join(fixturesDir, 'tomasz-wojcik.html'), 'utf8');
    await profile.evaluate((html) => (window as unknown as { pageSide: PageSide }).pageSide.change(html, '/in/tomasz-wojcik/'), next);
    const again = await browser.openPopup(profile);
    await expect.poll(() => again.getByTestId('profile-name').textContent()).toBe('Tomasz Wójcik');

    expect(await recorded(profile)).toEqual({ seen: [], globals: [] });
  });

  it('sees nothing of ours on a conversation: the messaging reader reads who wrote last, and the reply is logged from the popup', async () => {
    const url = 'https://www.linkedin.com/in/amara-okafor/';
    const profile = { url, slug: 'amara-okafor', name: 'Amara Okafor', firstName: 'Amara', experience: [], education: [], featured: [], activity: [], skills: [], layout: 'sdui' as const, missing: [] };
    expect(await browser.askWorker('saveContact', { profile, message: { channel: 'connection-note' as const, body: 'Hello Amara' } })).toMatchObject({ ok: true });
    const thread = await browser.openLinkedIn('/messaging/thread/amara/');
    // The reader has read the thread once the worker holds her reply as a follow-up to log.
    const toLog = async () => {
      const due = await browser.askWorker('listDue', {});
      return due.ok ? due.value.filter(({ followUp }) => followUp.kind === 'log-reply').length : -1;
    };
    await expect.poll(toLog, { timeout: 15_000 }).toBe(1);
    const popup = await browser.openPopup(thread);
    await popup.getByRole('button', { name: 'Log it: Amara' }).click();
    await expect.poll(toLog).toBe(0);

    expect(await recorded(thread)).toEqual({ seen: [], globals: [] });
  });

  it('a page that forges the event WXT obeyed does not switch the reader off', async () => {
    const profile = await browser.openLinkedIn('/in/kenji-watanabe/');
    const before = await browser.openPopup(profile);
    await expect.poll(() => before.getByTestId('profile-name').textContent()).toBe('Kenji Watanabe');
    const name = `${browser.extensionId}:linkedin:wxt:content-script-started`;
    await profile.evaluate((name) => {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }));
      window.postMessage({ type: name, contentScriptName: 'linkedin', messageId: 'forged' }, '*');
    }, name);
    // Without the toolbar click the popup cannot add a reader: only the running one can answer.
    const after = await browser.openPopup(profile);
    await expect.poll(() => after.getByTestId('profile-name').textContent()).toBe('Kenji Watanabe');
  });
  it('on another site, the toolbar click adds nothing: no reader, nothing recorded, and the popup says it is no profile', async () => {
    // A site that even mimics a profile's address.
    const elsewhere = await browser.context.newPage();
    await elsewhere.goto(`${otherSite}/in/amara-okafor/`);
    await browser.clickToolbarIcon(elsewhere);
    await expect.poll(toolbarPopup).toMatch(/15–20 minute chat/);
    expect(await readerAnswers(elsewhere)).toBe(false);
    expect(await recorded(elsewhere)).toEqual({ seen: [], globals: [] });
  });

});
