import { readFileSync } from 'node:fs';
import type { ConsoleMessage, Download, Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { untilShowing } from './content-script';

// One whole session on a profile whose every field is hostile (tests/fixtures/linkedin/
// ilse-marquardt.html): open it, draft, copy, save, the dashboard, a due date moved so a
// nudge shows, export JSON, CSV and .ics, erase, import back. Meanwhile every request made by
// the extension's pages, its worker and its content script is recorded, and every dialog and
// console message. Promises (PRODUCT.md): no network request of its own; profile text is
// only ever text; links from a profile are links only when they are web addresses.

// Playwright reports a service worker's requests only with this set before launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const slug = 'ilse-marquardt';
const profileUrl = `https://www.linkedin.com/in/${slug}/`;
const name = "Ilse\u200d Marquardt <img src=x onerror=alert('name')> אילזה";
const me = {
  name: 'Sam Lee',
  intro: 'a payments engineer at Northwind, focused on fraud checks',
  shortTermGoal: 'run my first threat-modelling session',
  persona: ['threat models', 'payments'],
  timeZone: 'Europe/Warsaw',
};
const day = 86_400_000;

const browser = browserPerFile();
const requests: { url: string; type: string }[] = [];
const dialogs: string[] = [];
const refused: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  const { context } = browser;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  context.on('request', (request: Request) => requests.push({ url: request.url(), type: request.resourceType() }));
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.page()?.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A script the content security policy refused means something tried to run it.
  context.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await browser.askWorker('saveSettings', { me });
  // A control: one request the worker makes on purpose, to show its requests are recorded.
  await (await browser.worker()).evaluate(() => fetch(chrome.runtime.getURL('/icon-16.png')).then(() => undefined));
});

const isExtensionPage = (page: Page) => page.url().startsWith(`chrome-extension://${browser.extensionId}/`);

/** What a page shows that could only be there if profile text had been taken as markup. */
async function markupFromProfile(page: Page) {
  return page.evaluate(() => ({
    ran: '__hostileRan' in window,
    elements: document.querySelectorAll('img[src="x"], svg[onload], iframe, script:not([src]), [onerror], [onclick], [onmouseover], [onfocus], u, b').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => !/^(https?:\/\/|\/[\w-]+\.html|#)/.test(href)),
  }));
}

async function saveDownload(page: Page, button: string): Promise<{ file: string; text: string }> {
  const downloading: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  const path = await download.path();
  return { file: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/**
 * Each test stands on its own: the contact is saved here, the way the popup saves it (the
 * profile read from the served page by the content script), when an earlier test did not.
 */
async function ensureSaved(): Promise<void> {
  const known = await browser.askWorker('getContact', { url: profileUrl });
  if (known.ok && known.value) return;
  const page = await browser.openLinkedIn(`/in/${slug}/`);
  const reading = await untilShowing(browser, page, name);
  expect(await browser.askWorker('saveContact', { profile: reading!.profile! })).toMatchObject({ ok: true });
  await page.close();
}

/**
 * What must hold after every part of the session: no script from the profile ran in any
 * extension page (no dialog, no mark, nothing the security policy had to refuse), and nothing
 * of the extension's reached outside it (pages, worker, content script); the server saw only
 * page loads of the profile.
 */
async function expectNothingRanOrLeft(): Promise<void> {
  expect(pages.every(isExtensionPage)).toBe(true);
  for (const page of pages) expect(await page.evaluate(() => '__hostileRan' in window)).toBe(false);
  expect(dialogs).toEqual([]);
  expect(refused).toEqual([]);
  const ours = `chrome-extension://${browser.extensionId}/`;
  const outside = requests.filter(({ url, type }) => !url.startsWith(ours) && !(url === profileUrl && type === 'document'));
  expect(outside).toEqual([]);
  // The worker's control request was seen, so recording works.
  expect(requests).toContainEqual({ url: `${ours}icon-16.png`, type: 'fetch' });
  // The browser asks the site for its icon for the tab, as for any page it shows.
  expect(browser.server.requests.filter((path) => path !== '/favicon.ico' && path !== `/in/${slug}/`)).toEqual([]);
}

describe('a whole session on a profile whose text is hostile', () => {
  it('the popup shows the name, headline, hooks and persona as literal text, drafts, copies and saves', async () => {
    const profile = await browser.openLinkedIn(`/in/${slug}/`);
    const popup = await browser.openPopup(profile);
    pages.push(popup);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe(name);
    expect(await popup.getByTestId('profile-headline').textContent()).toMatch(/^<script>alert\('headline'\)<\/script> Securing payments <b>end to end<\/b>/);
    expect(await popup.getByTestId('profile-location').textContent()).toBe('<u>Berlin</u>, Deutschland ברלין');
    expect(await popup.getByTestId('persona-fit').innerText()).toMatch(/payments/);

    await popup.getByTestId('hook-line').locator('summary').click();
    const hooks = popup.locator('.hooks');
    // Their own things are offered as plain text; a title or post holding markup is not offered to cite back at all.
    expect(await hooks.innerText()).toContain('Fraud signals in card payments');
    expect(await hooks.innerText()).not.toMatch(/<a |<svg|<img|alert\(/);
    await popup.getByRole('radio').first().check();
    const message = popup.getByLabel('Message', { exact: true });
    expect(await message.inputValue()).toMatch(/^(Hi|Hello|Dear) Ilse/);

    await popup.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toBe('Copied to the clipboard.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(await message.inputValue());

    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    // Sent as an invitation: the plan waits for it, then suggests withdrawing it.
    await expect.poll(() => popup.getByTestId('saved').textContent()).toMatch(/withdrawing your invitation/);
    const saved = await browser.askWorker('getContact', { url: profileUrl });
    expect(saved.ok && saved.value?.contact.profile.name).toBe(name);
    expect(await markupFromProfile(popup)).toEqual({ ran: false, elements: 0, links: [] });
    expect(requests.some(({ url }) => url.startsWith(`chrome-extension://${browser.extensionId}/popup.html`))).toBe(true);
    await expectNothingRanOrLeft();
  });

  it('the dashboard shows the contact as text, links only to their profile, and the nudge names them as text', async () => {
    await ensureSaved();
    const worker = await browser.worker();
    // Record the nudge as the worker hands it to the browser, which shows it as plain text.
    await worker.evaluate(() => {
      const shown: unknown[] = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      Object.assign(globalThis, { shownNudges: shown });
      Object.assign(chrome.notifications, { create: (...args: unknown[]) => (shown.push(args), (create as (...a: unknown[]) => unknown)(...args)) });
    });
    const dashboard = await browser.openExtensionPage(`dashboard.html#contact=${encodeURIComponent(profileUrl)}`);
    pages.push(dashboard);
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe(name);
    expect(await dashboard.locator('.facts').innerText()).toContain('<u>Berlin</u>, Deutschland');
    expect(await dashboard.getByRole('link', { name: /profile/i }).getAttribute('href')).toBe(profileUrl);

    await dashboard.getByLabel('Due date').fill(new Date(Date.now() - 2 * day).toISOString().slice(0, 10));
    await expect.poll(() => dashboard.getByTestId('due-overdue').textContent()).toMatch(/Consider withdrawing your invitation to Ilse\u200d on LinkedIn/);
    const nudges = await worker.evaluate(async () => {
      for (let tries = 0; tries < 50 && (globalThis as { shownNudges?: unknown[] }).shownNudges?.length === 0; tries++) {
        await new Promise((done) => setTimeout(done, 100));
      }
      return (globalThis as unknown as { shownNudges: [string, { message: string }][] }).shownNudges;
    });
    expect(nudges).toHaveLength(1);
    expect(nudges[0]![1].message).toContain(name.split(' ')[0]!);
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual([nudges[0]![0]]);

    // The page stays usable with a 1,000-character headline and a 32,000-character about.
    await dashboard.getByLabel('Notes', { exact: true }).fill('Asked about <script> in threat models');
    await expect.poll(() => dashboard.getByTestId('notes-status').textContent()).toBe('Saved');

    const chat = new Date(Date.now() + 10 * day).toISOString().slice(0, 10);
    await dashboard.getByLabel(/^Chat time/).fill(`${chat}T15:00`);
    const calendar = await saveDownload(dashboard, 'Download calendar file (.ics)');
    expect(calendar.file).toBe(`chat-with-${slug}.ics`);
    // The name is one value of the event (lines unfolded as calendars read them): it adds
    // no calendar field or event of its own.
    const lines = calendar.text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain(`SUMMARY:Coffee chat with ${name}`);
    expect(lines.filter((line) => /^(BEGIN|END):/.test(line))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']);
    expect(await markupFromProfile(dashboard)).toEqual({ ran: false, elements: 0, links: [] });
    await expectNothingRanOrLeft();
  });

  it('exports JSON and CSV with the text as data, erases after a yes, and imports the file back', async () => {
    await ensureSaved();
    const options = await browser.openExtensionPage('options.html');
    pages.push(options);
    const json = await saveDownload(options, 'Export JSON');
    const exported = json.text;
    const file = JSON.parse(json.text) as { contacts: { profile: { name: string; featured: { url?: string }[] } }[] };
    expect(file.contacts[0]?.profile.name).toBe(name);
    expect(file.contacts[0]?.profile.featured.map((item) => item.url).filter(Boolean)).toEqual(['https://talks.example/ilse/payment-threat-models']);

    const csv = await saveDownload(options, 'Export CSV');
    expect(csv.text).toContain(name);

    await options.getByRole('button', { name: 'Erase everything' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/^Erased 1 contact/);

    await options.getByLabel('Import…').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => options.getByTestId('import-preview').textContent()).toContain('This file has 1 contact.');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/^Imported: 1 new contact/);
    const back = await browser.askWorker('getContact', { url: profileUrl });
    expect(back.ok && back.value?.contact.profile.name).toBe(name);
    expect(await markupFromProfile(options)).toEqual({ ran: false, elements: 0, links: [] });
    await expectNothingRanOrLeft();
  });
});
