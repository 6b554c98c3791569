import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ExtensionBrowser } from './harness';
import { root } from './harness';

export interface ReaderTiming {
  path: string;
  bytes: number;
  /** Median of `runs` reads of the whole page, in ms. */
  median: number;
  name?: string;
}

/** The reader as the content script runs it, bundled for a page: window.profileReader.readProfile. */
async function readerBundle(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(root, 'utils/linkedin/read-profile.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'profileReader',
    // Evaluated code keeps its `var`s to itself: hand the reader to the page explicitly.
    footer: { js: 'window.profileReader = profileReader;' },
    write: false,
    alias: { '@': root },
  });
  return bundle.outputFiles[0]!.text;
}

/**
 * Times the profile reader in Chromium on saved pages served as www.linkedin.com pages.
 * Files may lie outside the project (the shared real captures): they are served from where
 * they are, never copied.
 */
export async function readerTimesInChromium(
  browser: ExtensionBrowser,
  pages: [path: string, file: string][],
  runs = 41,
): Promise<ReaderTiming[]> {
  const reader = await readerBundle();
  const timings: ReaderTiming[] = [];
  for (const [path, file] of pages) {
    const body = readFileSync(file);
    const page = await browser.context.newPage();
    await page.route(`https://www.linkedin.com${path}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
    );
    await page.goto(`https://www.linkedin.com${path}`);
    await page.evaluate(reader);
    const { median, name } = await page.evaluate((runs) => {
      type Reader = typeof import('@/utils/linkedin/read-profile');
      const { readProfile } = (window as unknown as { profileReader: Reader }).profileReader;
      const times: number[] = [];
      let name: string | undefined;
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        name = readProfile(document, location.href).name;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(runs / 2)]!, name };
    }, runs);
    timings.push({ path, bytes: body.length, median, ...(name && { name }) });
    await page.close();
  }
  return timings;
}
