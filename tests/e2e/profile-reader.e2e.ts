import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askContentScript, untilShowing } from './content-script';
import { fixturesDir } from './harness';
import { browserPerFile } from './browser-per-file';

const browser = browserPerFile();

/**
 * LinkedIn's in-app navigation: the address changes with pushState and the profile screen is
 * swapped for the next person's, while the previous person's RSC payload stays in the document.
 */
async function navigateInApp(page: Page, slug: string): Promise<void> {
  const html = readFileSync(join(fixturesDir, `${slug}.html`), 'utf8');
  await page.evaluate(
    ({ slug, html }) => {
      history.pushState({}, '', `/in/${slug}/`);
      const next = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-sdui-screen]');
      document.querySelector('[data-sdui-screen]')?.replaceWith(document.importNode(next!, true));
    },
    { slug, html },
  );
}

describe('the profile reader in Chromium', () => {
  it('answers with the profile on the page, read in full', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    const reading = await untilShowing(browser, page, 'Amara Okafor');
    expect(reading?.profile).toMatchObject({
      url: 'https://www.linkedin.com/in/amara-okafor/',
      layout: 'sdui',
      memberId: 'ACoAAB3mAr4Ok4f0rX9Q2wzL7pHs4dVt3nKe5A',
      current: { title: 'Head of Platform Engineering', company: 'Lumen Freight' },
      // Every section the page shows is read; it has none of these.
      missing: ['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages'],
    });
    await page.close();
  });

  it('gives the popup the second person after navigating between two profiles, with nothing of the first', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    await untilShowing(browser, page, 'Amara Okafor');
    await navigateInApp(page, 'kenji-watanabe');

    const reading = await untilShowing(browser, page, 'Kenji Watanabe');
    expect(reading?.profile).toMatchObject({
      url: 'https://www.linkedin.com/in/kenji-watanabe/',
      memberId: 'ACoAAD9k3nj1W4t4n4b3JpJpJpJp00112233',
      firstName: 'Kenji',
      headline: 'Engineering Manager, Payments at Kitsune Pay',
    });
    expect(JSON.stringify(reading?.profile)).not.toMatch(/Amara|Okafor|Lumen/);

    const popup = await browser.openPopup(page);
    // With "Me" still empty the popup first offers to set it up; skipping shows the profile.
    await expect
      .poll(async () => {
        const skip = popup.getByTestId('first-run').locator('button.secondary');
        if (await skip.isVisible()) await skip.click();
        return popup.getByTestId('profile-name').textContent({ timeout: 500 }).catch(() => null);
      })
      .toBe('Kenji Watanabe');
    expect(await popup.getByTestId('profile-headline').textContent()).toBe('Engineering Manager, Payments at Kitsune Pay');
    await popup.close();
    await page.close();
  });

  it('does not answer with the previous person while LinkedIn has changed the address but not the page', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    await untilShowing(browser, page, 'Amara Okafor');
    await page.evaluate(() => history.pushState({}, '', '/in/kenji-watanabe/'));
    const reading = await askContentScript(browser, page);
    expect(reading?.url).toBe('https://www.linkedin.com/in/kenji-watanabe/');
    expect(reading?.profile).toBeUndefined();
    await page.close();
  });
});
