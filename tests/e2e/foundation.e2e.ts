import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the extension in Chromium', () => {
  it('answers on a profile page with the profile address', async () => {
    const profile = await browser.openLinkedIn('/in/amara-okafor/');
    const popup = await browser.openPopup(profile);
    await expect
      .poll(() => popup.getByTestId('profile-url').textContent())
      .toBe('https://www.linkedin.com/in/amara-okafor/');
  });

  it('says to open a profile on the feed, where no content script runs', async () => {
    const feed = await browser.openLinkedIn('/feed/');
    const popup = await browser.openPopup(feed);
    await expect.poll(() => popup.getByTestId('not-profile').isVisible()).toBe(true);
    expect(await popup.getByTestId('profile-url').count()).toBe(0);
  });

  it('follows LinkedIn’s in-app navigation from one profile to another', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    await page.evaluate(() => history.pushState({}, '', '/in/tomasz-wojcik/'));
    const popup = await browser.openPopup(page);
    await expect
      .poll(() => popup.getByTestId('profile-url').textContent())
      .toBe('https://www.linkedin.com/in/tomasz-wojcik/');
  });

  it.each([
    ['popup.html', 'Mentor Outreach'],
    ['options.html', 'Me'],
    ['dashboard.html', 'Dashboard'],
  ])('renders %s', async (file, heading) => {
    const page = await browser.openExtensionPage(file);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
  });

  it('opens the dashboard from the popup', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open dashboard' }).click();
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
  });
});
