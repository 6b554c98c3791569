import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pageAddress } from '../utils/linkedin/page-address';
import type { ProfileLayout } from '../utils/linkedin/profile';
import { readProfile } from '../utils/linkedin/read-profile';
import { withSavedPage } from '../scripts/saved-page';
import { fixturesDir, type ExtensionBrowser } from '../tests/e2e/harness';
import { readerTimesInChromium } from '../tests/e2e/reader-timing';
import { realCapturesDir } from '../tests/real-captures';
import { realPagesDir } from '../tests/unit/linkedin/real-page-list';
import { timeMedian, type Figure } from './figures';

export interface LayoutFixture {
  layout: ProfileLayout;
  file: string;
  /** The profile address it is served at. */
  path: string;
  bytes: number;
}

// The team's fixtures, and the real captures beside the project (read in place, never copied).
const sharedCaptures = realCapturesDir();

function htmlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => join(dir, name)) : [];
}

/** The largest page of each layout the reader knows, among the fixtures and both sets of real pages (where they are: see the README). */
export async function largestPerLayout(): Promise<LayoutFixture[]> {
  const largest = new Map<ProfileLayout, LayoutFixture>();
  for (const file of [...htmlFiles(fixturesDir), ...htmlFiles(sharedCaptures), ...htmlFiles(realPagesDir())]) {
    const html = readFileSync(file, 'utf8');
    const found = await withSavedPage(html, (doc) => {
      const url = pageAddress(doc)?.url ?? `https://www.linkedin.com/in/${basename(file, '.html').replace(/[^a-z0-9-]/gi, '-')}/`;
      return { url, layout: readProfile(doc, url).layout };
    });
    const fixture = { layout: found.layout, file, path: new URL(found.url).pathname, bytes: Buffer.byteLength(html) };
    const current = largest.get(found.layout);
    if (found.layout !== 'unknown' && (!current || current.bytes < fixture.bytes)) largest.set(found.layout, fixture);
  }
  return [...largest.values()];
}

const name = (fixture: LayoutFixture) => `${fixture.layout}, ${basename(fixture.file)} (${Math.round(fixture.bytes / 1024)} KB)`;

/**
 * The reader's time in Chromium on the largest page of each layout, each printed beside a plain
 * Cheerio parse of the same page in Node (load the page, find the name heading): what parsing
 * alone costs a server-side scraper, for scale. The reader does not parse: Chromium already has.
 */
export async function readerInChromium(browser: ExtensionBrowser, fixtures: LayoutFixture[]): Promise<Figure[]> {
  const timings = await readerTimesInChromium(browser, fixtures.map((fixture) => [fixture.path, fixture.file]));
  const figures: Figure[] = [];
  for (const [index, timing] of timings.entries()) {
    const fixture = fixtures[index]!;
    const html = readFileSync(fixture.file, 'utf8');
    const cheerio = await timeMedian(() => load(html)('h1, h2').first().text(), 21, 3);
    const group = `reader: ${name(fixture)}`;
    figures.push(
      { group, name: 'our reader, whole profile, in Chromium', value: timing.median, unit: 'ms', budget: 5 },
      { group, name: 'plain Cheerio parse of the page, in Node', value: cheerio, unit: 'ms' },
    );
  }
  return figures;
}
