import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { browserPerFile } from './browser-per-file';

// Erase means erased, and no open page writes back stale words (issue #19): an open dashboard
// learns of an erase and of another dashboard's save; notes are saved as themselves, so a
// dashboard opened before a newer profile was saved does not revert it.

// A made-up person; the e2e run has no '@/' alias at run time for the unit tests' builders.
const amara: Profile = {
  ...{ url: 'https://www.linkedin.com/in/amara-okafor/', slug: 'amara-okafor', name: 'Amara Okafor', firstName: 'Amara', layout: 'sdui' },
  ...{ headline: 'Head of Platform', experience: [], education: [], featured: [], activity: [], skills: [], missing: [] },
};

const browser = browserPerFile();
beforeEach(async () => {
  await browser.askWorker('eraseAll', { confirm: true });
});

const contactOf = async (url: string) => {
  const view = await browser.askWorker('getContact', { url });
  return view.ok ? view.value?.contact : undefined;
};

async function dashboardOn(url: string): Promise<Page> {
  const page = await browser.openExtensionPage(`dashboard.html#contact=${encodeURIComponent(url)}`);
  await expect.poll(() => page.getByTestId('contact-name').textContent()).toBe('Amara Okafor');
  return page;
}

const notes = (page: Page) => page.getByLabel('Notes', { exact: true });

describe('erase that holds', () => {
  it('an open dashboard drops the contact when everything is erased, and typing there re-creates nothing', async () => {
    await browser.askWorker('saveContact', { profile: amara });
    const dashboard = await dashboardOn(amara.url);
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Erase everything' }).click();
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await dashboard.bringToFront();
    await expect.poll(() => dashboard.getByText('That contact is no longer saved.').isVisible()).toBe(true);
    expect(await notes(dashboard).count()).toBe(0);
    expect(await contactOf(amara.url)).toBeUndefined();
  });

  it('a notes edit pending when everything is erased is not saved when the tab closes', async () => {
    await browser.askWorker('saveContact', { profile: amara });
    const dashboard = await dashboardOn(amara.url);
    await notes(dashboard).fill('Typed just before the erase');
    await browser.askWorker('eraseAll', { confirm: true });
    await dashboard.close({ runBeforeUnload: true });
    // The worker answers in order: this question comes after the closing page's save.
    expect(await contactOf(amara.url)).toBeUndefined();
    expect(await browser.askWorker('listContacts', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });
});

describe('no open page writes back stale words', () => {
  it('notes typed on a dashboard opened before a newer profile was saved keep the newer profile', async () => {
    await browser.askWorker('saveContact', { profile: amara });
    const dashboard = await dashboardOn(amara.url);
    await browser.askWorker('saveContact', { profile: { ...amara, headline: 'CTO at Lumen Freight' } });
    await notes(dashboard).fill('Prefers email');
    await expect.poll(() => dashboard.getByTestId('notes-status').textContent()).toBe('Saved');
    expect(await contactOf(amara.url)).toMatchObject({ notes: 'Prefers email', profile: { headline: 'CTO at Lumen Freight' } });
  });

  it('two open dashboards see each other’s notes, and both saves are kept', async () => {
    await browser.askWorker('saveContact', { profile: amara });
    const first = await dashboardOn(amara.url);
    const second = await dashboardOn(amara.url);
    await notes(first).fill('From the first tab');
    await expect.poll(() => first.getByTestId('notes-status').textContent()).toBe('Saved');
    await second.bringToFront();
    await expect.poll(() => notes(second).inputValue()).toBe('From the first tab');
    await notes(second).fill('From the first tab, then the second');
    await expect.poll(() => second.getByTestId('notes-status').textContent()).toBe('Saved');
    await first.bringToFront();
    await expect.poll(() => notes(first).inputValue()).toBe('From the first tab, then the second');
    expect((await contactOf(amara.url))?.notes).toBe('From the first tab, then the second');
  });
});
