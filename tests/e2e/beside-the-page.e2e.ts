import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from './harness';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox, popupOn } from './drafting';
import { sampleMe as me } from './sample-me';
import { findSidePanel, type SidePanel } from './side-panel';

const browser = browserPerFile();

beforeEach(() => freshStart(browser));


/** The message as the panel shows it. */
const panelMessage = (panel: SidePanel) =>
  panel.evaluate<string | null>('document.querySelector("textarea[aria-describedby=message-count]")?.value ?? null');

describe('the side panel', () => {
  it('opens from the popup with the draft as edited, follows the tab, and stays when the popup is gone', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    const edited = `${await messageBox(popup).inputValue()} P.S. Typed in the popup.`;
    await messageBox(popup).fill(edited);
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Keep it beside the page' }).click();
    await closed;

    let panel: SidePanel | undefined;
    await expect.poll(async () => (panel = await findSidePanel(browser)) !== undefined).toBe(true);
    await expect.poll(() => panel!.text()).toMatch(/Amara Okafor/);
    await expect.poll(() => panelMessage(panel!)).toBe(edited);
    expect(await panel!.text()).not.toMatch(/Keep it beside the page/);

    // Another profile in another tab: read and drafted.
    const kenji = await browser.openLinkedIn('/in/kenji-watanabe/');
    await expect.poll(() => panel!.text()).toMatch(/Kenji Watanabe/);
    expect(await panelMessage(panel!)).toMatch(/Kenji/);

    // A page that is not a profile says so.
    await browser.openLinkedIn('/feed/');
    await expect.poll(() => panel!.text()).toMatch(/Open a LinkedIn profile/);
    expect(await panelMessage(panel!)).toBeNull();

    // Back to Kenji's tab: his draft again, and typing in the panel is kept too.
    await kenji.bringToFront();
    await expect.poll(() => panel!.text()).toMatch(/Kenji Watanabe/);
    await panel!.evaluate(`(() => {
      const box = document.querySelector('textarea[aria-describedby=message-count]');
      box.value = 'Hi Kenji, typed in the panel.';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    const again = await popupOn(browser, 'kenji-watanabe');
    expect(await messageBox(again).inputValue()).toBe('Hi Kenji, typed in the panel.');
  });

  it('has "Edit Me", which opens the options page', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Edit “Me”' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html`);
  });
});

describe('nothing typed is lost', () => {
  it('keeps the edited draft, hook, channel and ask across closing the popup and a stopped worker, until "Start again"', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    await popup.getByLabel('Where you will send it').selectOption('message');
    await popup.getByTestId('hook-line').locator('summary').click();
    await popup.getByRole('radio').nth(1).check();
    await popup.getByText('Tone, length and the five parts').click();
    await popup.getByLabel('Ask for').selectOption('15');
    const citing = await popup.getByTestId('hook-line').locator('summary').innerText();
    const edited = `${await messageBox(popup).inputValue()}\nP.S. Edited by hand.`;
    await messageBox(popup).fill(edited);
    await popup.close();
    await browser.stopWorker();

    const again = await popupOn(browser, 'amara-okafor');
    expect(await messageBox(again).inputValue()).toBe(edited);
    expect(await again.getByLabel('Where you will send it').inputValue()).toBe('message');
    expect(await again.getByTestId('hook-line').locator('summary').innerText()).toBe(citing);
    expect(await again.getByLabel('Ask for').inputValue()).toBe('15');
    expect(await again.getByTestId('kept').innerText()).toMatch(/kept here until you save/);

    await again.getByRole('button', { name: 'Start again' }).click();
    await expect.poll(() => messageBox(again).inputValue()).not.toBe(edited);
    expect(await again.getByLabel('Where you will send it').inputValue()).toBe('connection-note');
    const third = await popupOn(browser, 'amara-okafor');
    expect(await messageBox(third).inputValue()).not.toMatch(/Edited by hand/);
  });

  it('forgets the kept draft once saved: the message saved is the one edited', async () => {
    const popup = await popupOn(browser, 'noor-haddad');
    const edited = `${await messageBox(popup).inputValue()} Thanks!`;
    await messageBox(popup).fill(edited);
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible()).toBe(true);
    expect(await popup.getByTestId('kept').count()).toBe(0);
    const saved = await browser.askWorker('getContact', { url: 'https://www.linkedin.com/in/noor-haddad/' });
    expect(saved.ok && saved.value?.contact.message?.body).toBe(edited);
  });

  it('forgets every kept draft when everything is erased', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    await messageBox(popup).fill('Hi Amara, a draft to be erased.');
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Erase everything' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/^Erased/);
    await browser.askWorker('saveSettings', { me });

    const again = await popupOn(browser, 'amara-okafor');
    expect(await messageBox(again).inputValue()).not.toMatch(/to be erased/);
  });

  it('remembers "Draft anyway": the next profile drafts straight away', async () => {
    await browser.askWorker('eraseAll', { confirm: true });
    const popup = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await popup.getByRole('button', { name: 'Draft anyway' }).click();
    await expect.poll(() => messageBox(popup).count()).toBe(1);

    const next = await browser.openPopup(await browser.openLinkedIn('/in/kenji-watanabe/'));
    await expect.poll(() => messageBox(next).count()).toBe(1);
    expect(await next.getByTestId('first-run').count()).toBe(0);
  });
});

const profileFixtures = readdirSync(fixturesDir)
  // Whole profile pages only: not the feed, a conversation (messaging-*.html), a page that is not a
  // profile (not-a-profile-*.html), nor one caught while its sections still load (*-loading.html).
  .filter((name) => name.endsWith('.html') && name !== 'feed.html' && !name.startsWith('messaging-') && !name.startsWith('not-a-profile-') && !name.endsWith('-loading.html'))
  .map((name) => name.replace(/\.html$/, ''));

describe('the popup’s first screen at its real size (420 × 600)', () => {
  it.each(profileFixtures)('%s: who they are, the message, Copy and Save & remind me in view without scrolling', async (slug) => {
    const popup = await popupOn(browser, slug);
    await popup.setViewportSize({ width: 420, height: 600 });
    // A connection note, and an InMail with its subject and a message of up to 2,000 characters.
    for (const channel of ['connection-note', 'inmail']) {
      await popup.getByLabel('Where you will send it').selectOption(channel);
      for (const name of ['Copy message', 'Save & remind me']) {
        const box = await popup.getByRole('button', { name }).boundingBox();
        expect(box!.y + box!.height, `${channel}: ${name}`).toBeLessThanOrEqual(600);
      }
      expect(await popup.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(420);
      // The whole message shows, up to 12 rows: a 700-character InMail is not in a 7-line box.
      const shown = await messageBox(popup).evaluate((area: HTMLTextAreaElement) => area.scrollHeight <= area.clientHeight || area.rows === 12);
      expect(shown, channel).toBe(true);
    }
    await popup.context().pages().find((page) => page.url().includes(`/in/${slug}/`))?.close();
    await popup.close();
  });
});
