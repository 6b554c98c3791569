import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from './harness';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox } from './drafting';
import { findSidePanel, type SidePanel } from './side-panel';

// Issues #19 and #15 as the user meets them in the popup: a profile with no readable name is
// asked for its name at once (never "waiting"), an address that cannot be read is said so at
// once, an Arabic vanity address saves, and an open popup follows saves and erases elsewhere.

// The machine is shared and busy: every state is waited for generously, never a fixed time.
const patiently = { timeout: 20_000 };

const browser = browserPerFile();
beforeEach(() => freshStart(browser));

/** The popup on this tab, noting whether it ever shows "waiting" (watched from its first paint). */
async function watchedPopup(page: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="waiting"]')) document.documentElement.dataset.sawWaiting = 'yes';
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
const sawWaiting = (popup: Page) => popup.evaluate(() => document.documentElement.dataset.sawWaiting === 'yes');

/** LinkedIn's in-app navigation from the page shown to another profile: the address first, then the page. */
async function navigateInApp(page: Page, slug: string): Promise<void> {
  const next = readFileSync(join(fixturesDir, `${slug}.html`), 'utf8');
  await page.evaluate(
    ({ path, html }) => {
      history.pushState({}, '', path);
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    },
    { path: `/in/${slug}/`, html: next },
  );
}

describe('a profile with no readable name', () => {
  it('asks for the name at once after in-app navigation, never "waiting", and the draft greets them by it', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    await navigateInApp(page, 'sami-unnamed');
    const popup = await watchedPopup(page);
    const name = popup.getByLabel('Name', { exact: true });
    await expect.poll(() => name.count(), patiently).toBe(1);
    expect(await sawWaiting(popup)).toBe(false);
    expect(await popup.getByTestId('profile-headline').textContent()).toBe('Site Reliability Engineer at Harbour Grid');

    await name.fill('Sami Haddad');
    await expect.poll(() => messageBox(popup).inputValue(), patiently).toMatch(/^(Hi|Hello|Dear) Sami\b/);
    expect(await popup.getByTestId('profile-name').textContent()).toBe('Sami Haddad');
  });

  it('still waits while LinkedIn shows the previous person, and drafts for the next one once shown', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    await page.evaluate(() => history.pushState({}, '', '/in/noor-haddad/'));
    const popup = await watchedPopup(page);
    await expect.poll(() => sawWaiting(popup), patiently).toBe(true);
    await navigateInApp(page, 'noor-haddad');
    await expect.poll(() => popup.getByTestId('profile-name').textContent(), patiently).toBe('Noor Haddad');
  });
});

describe('an address that is not canonical', () => {
  it('is said at once in plain words when it cannot be read (/in/me/ names nobody in particular)', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    await page.evaluate(() => history.pushState({}, '', '/in/me/'));
    const popup = await watchedPopup(page);
    await expect.poll(() => popup.getByTestId('unreadable-address').innerText(), patiently).toMatch(/cannot be read[\s\S]*“whoever is signed in”/);
    expect(await sawWaiting(popup)).toBe(false);
  });

  it('with dot steps is resolved by the browser to the profile it names, and drafted for at once', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/../noor-haddad/details/../');
    expect(page.url()).toBe('https://www.linkedin.com/in/noor-haddad/');
    const popup = await watchedPopup(page);
    await expect.poll(() => popup.getByTestId('profile-name').textContent(), patiently).toBe('Noor Haddad');
    expect(await sawWaiting(popup)).toBe(false);
  });
});

describe('a non-Latin vanity address', () => {
  const slug = 'سلمى-الخطيب-مهندسة-بيانات-ومرشدة-في-عمان-الأردن';
  const canonical = `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;

  it('is read, saved under its canonical address, and known again when the popup reopens', async () => {
    const popup = await browser.openPopup(await browser.openLinkedIn(`/in/${slug}/`));
    await expect.poll(() => popup.getByTestId('profile-name').textContent(), patiently).toBe('Salma Al-Khatib سلمى الخطيب');
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible(), patiently).toBe(true);
    const saved = await browser.askWorker('getContact', { url: canonical });
    expect(saved).toMatchObject({ ok: true, value: { contact: { url: canonical, profile: { url: canonical, slug, name: 'Salma Al-Khatib سلمى الخطيب' } } } });

    const again = await browser.openPopup(await browser.openLinkedIn(`/in/${encodeURIComponent(slug).toLowerCase()}/`));
    await expect.poll(() => again.getByTestId('where-we-stand').isVisible(), patiently).toBe(true);
  });
});

// Several pages and a save, an erase and a save again: long on the shared machine.
describe('an open popup follows the store', { timeout: 150_000 }, () => {
  it('drops the saved contact it shows after "Erase everything" in another page, and shows a save made elsewhere', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    const saver = await browser.openPopup(page);
    await expect.poll(() => messageBox(saver).count(), patiently).toBe(1);
    await saver.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => saver.getByTestId('saved').isVisible(), patiently).toBe(true);

    const open = await browser.openPopup(page);
    await expect.poll(() => open.getByTestId('where-we-stand').isVisible(), patiently).toBe(true);

    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Erase everything' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => open.getByTestId('where-we-stand').count(), patiently).toBe(0);
    expect(await messageBox(open).count()).toBe(1);
    // The popup that saved no longer says "saved": there is nothing saved.
    await expect.poll(() => saver.getByTestId('saved').count(), patiently).toBe(0);

    await saver.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => open.getByTestId('where-we-stand').isVisible(), patiently).toBe(true);
    expect(await open.getByTestId('stage').textContent()).toMatch(/reached out/i);
  });

  it('in the side panel too: a contact erased elsewhere is dropped, and saved again it shows', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    const popup = await browser.openPopup(page);
    await expect.poll(() => messageBox(popup).count(), patiently).toBe(1);
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible(), patiently).toBe(true);
    await popup.getByRole('button', { name: 'Keep it beside the page' }).click();
    let panel: SidePanel | undefined;
    await expect.poll(async () => (panel = await findSidePanel(browser)) !== undefined, patiently).toBe(true);
    await expect.poll(() => panel!.text(), patiently).toMatch(/Where you stand/);

    const saved = await browser.askWorker('getContact', { url: 'https://www.linkedin.com/in/amara-okafor/' });
    if (!saved.ok || !saved.value) throw new Error('Amara was not saved');
    await browser.askWorker('eraseAll', { confirm: true });
    await expect.poll(() => panel!.text(), patiently).not.toMatch(/Where you stand/);
    expect(await panel!.text()).toMatch(/Amara Okafor/);

    // Saved again from another page (the worker's own request, so the panel's tab stays in front).
    await browser.askWorker('saveContact', { profile: saved.value.contact.profile });
    await expect.poll(() => panel!.text(), patiently).toMatch(/Where you stand/);
  });
});
