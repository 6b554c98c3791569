import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { manyContacts } from '../tests/unit/store/made-up';
import { textParts } from '../utils/store/export-pages';
import { median, type Figure } from './figures';

/** The store filled as a page sends a long file: in parts, then one import. */
async function fill(browser: ExtensionBrowser, text: string): Promise<void> {
  let upload: number | undefined;
  for (const part of textParts(text)) {
    const sent = await browser.askWorker('importPart', { ...(upload !== undefined && { upload }), text: part });
    if (!sent.ok) throw new Error(sent.error);
    upload = sent.value.upload;
  }
  const imported = await browser.askWorker('importData', { upload: upload!, apply: true });
  if (!imported.ok) throw new Error(imported.error);
}

/** The duration of the options page's own measure `name` (data-actions.ts), once it is taken. */
async function measured(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure')[0]?.duration, name, { timeout: 180_000, polling: 50 });
  const duration = (await handle.jsonValue()) as number;
  await page.evaluate(() => performance.clearMeasures());
  return duration;
}

/**
 * Export and import of 10,000 contacts as the user does them on the options page: "Export
 * JSON" until the file is handed to the browser (every page fetched and put together), and
 * "Import…" of that file into an empty store, from choosing it to the preview and from
 * "Import" to done. Timed by the page itself (performance measures), so Playwright's polling
 * adds nothing.
 */
export async function transferFigures(browser: ExtensionBrowser, runs = 5): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-transfer-'));
  try {
    await browser.askWorker('eraseAll', { confirm: true });
    await fill(browser, JSON.stringify(manyContacts(10_000, Date.now())));
    const options = await browser.openExtensionPage('options.html');
    const exports: number[] = [];
    let file = '';
    for (let run = 0; run < runs + 1; run++) {
      const downloading = options.waitForEvent('download', { timeout: 180_000 });
      await options.getByRole('button', { name: 'Export JSON' }).click();
      file = readFileSync(await (await downloading).path(), 'utf8');
      const time = await measured(options, 'export-json');
      if (run > 0) exports.push(time); // the first warms the worker
    }
    const path = join(folder, 'ten-thousand.json');
    writeFileSync(path, file);
    const checks: number[] = [];
    const imports: number[] = [];
    for (let run = 0; run < runs; run++) {
      await browser.askWorker('eraseAll', { confirm: true });
      await options.getByLabel('Import…').setInputFiles(path);
      checks.push(await measured(options, 'import-check'));
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      imports.push(await measured(options, 'import'));
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
