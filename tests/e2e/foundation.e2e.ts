import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';

const browser = browserPerFile();

describe('the extension in Chromium', () => {
  it('reads a served profile page into the popup', async () => {
    await browser.askWorker('saveSettings', { me: { name: 'Sam Lee', intro: 'a data analyst at Northwind', askAbout: 'route planning' } });
    const profile = await browser.openLinkedIn('/in/amara-okafor/');
    const popup = await browser.openPopup(profile);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Amara Okafor');
  });

  it('says to open a profile on the feed, where no content script runs', async () => {
    const feed = await browser.openLinkedIn('/feed/');
    const popup = await browser.openPopup(feed);
    await expect.poll(() => popup.getByTestId('not-profile').isVisible()).toBe(true);
    expect(await popup.getByTestId('profile-name').count()).toBe(0);
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
