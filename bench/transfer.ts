import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { fillStore } from '../tests/e2e/fill-store';
import { manyContacts } from '../tests/unit/store/made-up';
import { median, type Figure } from './figures';

/** The duration of the options page's own measure `name` (data-actions.ts), once it is taken. */
async function measured(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure')[0]?.duration, name, { timeout: 180_000, polling: 50 });
  const duration = (await handle.jsonValue()) as number;
  await page.evaluate(() => performance.clearMeasures());
  return duration;
}

/** "Export JSON" on the options page, until the file is handed to the browser: its time and the file. */
export async function exportOnOptions(options: Page): Promise<{ time: number; text: string }> {
  const downloading = options.waitForEvent('download', { timeout: 180_000 });
  await options.getByRole('button', { name: 'Export JSON' }).click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  return { time: await measured(options, 'export-json'), text };
}

/** "Import…" of the file at `path` on the options page: from the choice to the preview, and from "Import" to done. */
export async function importOnOptions(options: Page, path: string): Promise<{ check: number; apply: number }> {
  await options.getByLabel('Import…').setInputFiles(path);
  const check = await measured(options, 'import-check');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  return { check, apply: await measured(options, 'import') };
}

/**
 * Waits until the worker's backup has caught up with the last change: it copies the whole store
 * a few seconds after changes stop, and timing a page meanwhile would time the backup too.
 */
export async function backupWritten(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.worker();
  const caughtUp = () =>
    worker.evaluate(async () => {
      const times = await chrome.storage.local.get(['changed-at', 'backed-up-at']);
      const changed = Number(times['changed-at'] ?? 0);
      return changed > 0 && Number(times['backed-up-at'] ?? 0) >= changed;
    });
  for (let wait = 0; wait < 600 && !(await caughtUp()); wait++) await new Promise((done) => setTimeout(done, 500));
}

/** A file of `count` made-up contacts written where the options page can be given it. */
export function madeUpFile(folder: string, count: number): string {
  const path = join(folder, `${count}.json`);
  writeFileSync(path, JSON.stringify(manyContacts(count, Date.now()), null, 2));
  return path;
}

/**
 * Export and import of 10,000 contacts as the user does them on the options page: "Export
 * JSON" until the file is handed to the browser (every contact read and written out), and
 * "Import…" of that file into an empty store, from choosing it to the preview and from
 * "Import" to done (the worker told). Timed by the page itself (performance measures), so
 * Playwright's polling adds nothing. Each run starts once the worker's backup of the last
 * change is written, as a user's would (it runs a few seconds after changes stop).
 */
export async function transferFigures(browser: ExtensionBrowser, runs = 5): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-transfer-'));
  try {
    await browser.askWorker('eraseAll', { confirm: true });
    await fillStore(browser, manyContacts(10_000, Date.now()));
    await backupWritten(browser);
    const options = await browser.openExtensionPage('options.html');
    const exports: number[] = [];
    let file = '';
    for (let run = 0; run < runs + 1; run++) {
      const exported = await exportOnOptions(options);
      file = exported.text;
      if (run > 0) exports.push(exported.time); // the first warms the page
    }
    const path = join(folder, 'ten-thousand.json');
    writeFileSync(path, file);
    const checks: number[] = [];
    const imports: number[] = [];
    for (let run = 0; run < runs; run++) {
      await browser.askWorker('eraseAll', { confirm: true });
      await backupWritten(browser);
      const imported = await importOnOptions(options, path);
      checks.push(imported.check);
      imports.push(imported.apply);
    }
    await options.close();
    const group = `export / import, 10,000 contacts (a ${(file.length / 1e6).toFixed(0)} MB file, options page)`;
    return [
      { group, name: 'export (Export JSON → file handed over)', value: median(exports), unit: 'ms', budget: 1000 },
      { group, name: 'import into an empty store ("Import")', value: median(imports), unit: 'ms', budget: 2000 },
      { group, name: 'import check (file chosen → preview)', value: median(checks), unit: 'ms', budget: 2000 },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await browser.askWorker('eraseAll', { confirm: true });
  }
}
