/**
 * npm run bench: how fast and small the extension is, against the budgets (issue 9).
 * Prints one table (medians of repeated runs) and writes bench/results.json so changes can
 * be compared. Not part of npm test: it takes a minute and its figures vary by machine.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes } from '../bench/bundle-sizes';
import { composeAndCheck } from '../bench/composer';
import { formatTable, median, overBudget, type Figure } from '../bench/figures';
import { insertTime, popupTimeToDraft, storeFigures } from '../bench/in-chromium';
import { largestPerLayout, readerInChromium } from '../bench/reader';
import { transferFigures } from '../bench/transfer';
import { findChromium, launchExtensionBrowser, root } from '../tests/e2e/harness';

const step = (what: string) => process.stderr.write(`… ${what}\n`);
// --store-pages: bundle sizes and the 10,000-contact pages and badge only, a quick look while working; results.json is left as it was.
const storePagesOnly = process.argv.includes('--store-pages');
// --transfer: export, import and check of 10,000 contacts on the options page, and the insert (one import); results.json is left as it was.
const transferOnly = process.argv.includes('--transfer');
const quick = storePagesOnly || transferOnly;

step('building the extension');
execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'ignore' });
const figures: Figure[] = transferOnly ? [] : [...bundleSizes(join(root, '.output/chrome-mv3'))];

const layouts = quick ? [] : await largestPerLayout();
if (!quick) {
  step('timing the composer');
  figures.push(...(await composeAndCheck()));
}

if (!findChromium()) {
  console.error('Chromium is missing (apt-get install -y chromium): the in-browser figures are left out.');
} else {
  const browser = await launchExtensionBrowser();
  try {
    if (transferOnly) {
      step('timing the insert of 10,000 contacts (one import on the options page, three times)');
      const inserts = [await insertTime(browser, 10_000), await insertTime(browser, 10_000), await insertTime(browser, 10_000)];
      figures.push({ group: 'store, 10,000 contacts', name: 'insert (one import)', value: median(inserts), unit: 'ms', budget: 2000 });
    }
    if (!quick) {
      step('timing the reader in Chromium (beside a Cheerio parse) and the popup');
      figures.push(...(await readerInChromium(browser, layouts)));
      figures.push(...(await popupTimeToDraft(browser)));
    }
    if (!transferOnly) {
      step('timing the store');
      figures.push(...(await storeFigures(browser, { pagesOnly: storePagesOnly })));
    }
    if (!storePagesOnly) {
      step('timing export and import of 10,000 contacts on the options page');
      figures.push(...(await transferFigures(browser)));
    }
  } finally {
    await browser.close();
  }
}

console.log(formatTable(figures));
const missed = figures.filter(overBudget);
console.log(missed.length ? `\n✗ ${missed.length} figure(s) over budget.` : '\n✓ Every figure is within its budget.');
if (!quick) {
  writeFileSync(
    join(root, 'bench/results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`,
  );
}
