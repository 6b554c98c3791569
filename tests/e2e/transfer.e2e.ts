import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import { largeProfile, manyContacts } from '../unit/store/made-up';
import { browserPerFile } from './browser-per-file';
import { fillStore } from './fill-store';

// Issue 15 and 14: an export of any store the worker took comes back, with progress for both.
const browser = browserPerFile();
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'transfer-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
});

const fill = (file: ExportFile) => fillStore(browser, file);

/** Every text the progress area showed, caught as it changes (an export page can be quicker than a poll). */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="data-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

async function exportFromOptions(options: Page): Promise<string> {
  const downloading = options.waitForEvent('download', { timeout: 180_000 });
  await options.getByRole('button', { name: 'Export JSON' }).click();
  const path = await (await downloading).path();
  return readFileSync(path, 'utf8');
}

async function importInOptions(options: Page, text: string, name: string) {
  const path = join(folder, name);
  writeFileSync(path, text);
  await options.getByLabel('Import…').setInputFiles(path);
  await expect.poll(() => options.getByTestId('import-preview').count(), { timeout: 180_000 }).toBe(1);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => options.getByTestId('data-status').textContent(), { timeout: 180_000 }).toMatch(/^Imported: /);
}

const withoutExportTime = (text: string) => text.replace(/"exportedAt": \d+/, '"exportedAt": 0');

describe('export and import of a large store', () => {
  it('exports 5,000 contacts with progress in counts, says when done, and the file imports back identically', { timeout: 600_000 }, async () => {
    await browser.askWorker('eraseAll', { confirm: true });
    await fill(manyContacts(5_000, Date.now()));
    const options = await browser.openExtensionPage('options.html');
    const seen = await watchProgress(options);
    const first = await exportFromOptions(options);
    await expect.poll(() => options.getByTestId('data-status').textContent(), { timeout: 60_000 }).toMatch(
      /^Saved mentor-outreach-\d{4}-\d{2}-\d{2}\.json to your downloads, with 5,000 contacts\. The export is done\.$/,
    );
    const progress = await seen();
    expect(progress.some((text) => /^Exported [1-9][\d,]* of 5,000 contacts…/.test(text))).toBe(true);
    expect(await options.getByTestId('data-progress').count()).toBe(0);

    await browser.askWorker('eraseAll', { confirm: true });
    await importInOptions(options, first, 'five-thousand.json');
    const second = await exportFromOptions(options);
    expect(second.length).toBe(first.length);
    expect(withoutExportTime(second) === withoutExportTime(first)).toBe(true);
  });

  it('exports two contacts of 35 million characters each (a 70 MB file) and imports them back byte for byte', { timeout: 600_000 }, async () => {
    await browser.askWorker('eraseAll', { confirm: true });
    for (const slug of ['amara-example', 'tomasz-example']) {
      expect(await browser.askWorker('saveContact', { profile: largeProfile(slug, 35_000_000) })).toMatchObject({ ok: true });
    }
    const options = await browser.openExtensionPage('options.html');
    const first = await exportFromOptions(options);
    expect(first.length).toBeGreaterThan(70_000_000);
    await expect.poll(() => options.getByTestId('data-status').textContent(), { timeout: 60_000 }).toMatch(/with 2 contacts\. The export is done\.$/);

    await browser.askWorker('eraseAll', { confirm: true });
    await importInOptions(options, first, 'two-large.json');
    expect(await options.getByTestId('data-error').count()).toBe(0);
    const second = await exportFromOptions(options);
    expect(withoutExportTime(second) === withoutExportTime(first)).toBe(true);
    await browser.askWorker('eraseAll', { confirm: true });
  });
});

describe('the dashboard’s backup reminder', () => {
  it('says when the last export was, and after a month without one backs up in one click', { timeout: 120_000 }, async () => {
    await browser.askWorker('eraseAll', { confirm: true });
    await fill(manyContacts(30, Date.now()));
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await dashboard.evaluate((at) => localStorage.setItem('mentor-outreach:last-export', String(at)), Date.now() - 40 * 86_400_000);
    await dashboard.reload();
    await expect.poll(() => dashboard.getByTestId('last-export').textContent(), { timeout: 30_000 }).toMatch(/^Last export: \d{1,2} \w{3} \d{4}\.$/);
    const backUp = dashboard.getByRole('button', { name: 'Back up now' });
    await expect.poll(() => backUp.count(), { timeout: 30_000 }).toBe(1);

    const downloading = dashboard.waitForEvent('download');
    await backUp.click();
    const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as ExportFile;
    expect(file.contacts).toHaveLength(30);
    await expect.poll(() => dashboard.getByTestId('backup-status').textContent(), { timeout: 30_000 }).toMatch(/with 30 contacts\. The export is done\.$/);
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(Date.now());
    await expect.poll(() => dashboard.getByTestId('last-export').textContent()).toBe(`Last export: ${today}.`);
    expect(await backUp.count()).toBe(0);
  });
});
