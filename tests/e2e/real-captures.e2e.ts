import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { captures, expectedProfile } from '../unit/linkedin/real-capture-list';
import { realCapturesDir, realCapturesRun } from '../real-captures';
import { untilShowing } from './content-script';
import { browserPerFile } from './browser-per-file';

const browser = browserPerFile();


const present = captures.filter((capture) => existsSync(resolve(realCapturesDir(), capture.file)));

/**
 * Every real capture, served as www.linkedin.com serves it and read by the built extension's
 * content script in Chromium, against the same expectation file the unit tests hold: a page
 * Chromium parses differently from the tests' parser fails here. The captures are served from
 * where they lie, never copied into the project.
 */
describe.runIf(realCapturesRun())('the real LinkedIn captures, read by the extension in Chromium', () => {
  it('finds every capture', () => {
    expect(present.map((capture) => capture.file)).toEqual(captures.map((capture) => capture.file));
  });

  it.each(present.map((capture) => [capture.file, capture] as const))('%s: the content script reads what the expectation file says', async (file) => {
    const expected = expectedProfile(file);
    const page = await browser.context.newPage();
    const address = expected.url;
    await page.route(address, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve(realCapturesDir(), file)) }));
    await page.goto(address);
    const reading = await untilShowing(browser, page, expected.name!);
    expect(reading?.profile).toEqual(expected);
    await page.close();
  });
});

/** The team's pages for issue 13 whose posts show ages ("3w"): dated from the moment they are read. */
const aged = new Set(['priya-raman', 'diego-ramos']);
const teamDir = resolve(import.meta.dirname, '../unit/linkedin/expected/team');

describe('the team’s pages of every layout, read by the extension in Chromium', () => {
  it.each(readdirSync(teamDir).map((file) => file.replace(/\.json$/, '')))('%s: the content script reads what the expectation file says', async (slug) => {
    const expected = JSON.parse(readFileSync(resolve(teamDir, `${slug}.json`), 'utf8')) as Profile;
    const page = await browser.openLinkedIn(`/in/${slug}/`);
    const profile = (await untilShowing(browser, page, expected.name!))?.profile;
    if (aged.has(slug)) {
      // Counted back from today rather than from the tests' fixed moment: dated, and newest first.
      const dates = profile?.activity.map((post) => post.date ?? '') ?? [];
      expect(dates.every(Boolean) && dates.toSorted().toReversed()).toEqual(dates);
      const undated = (p?: Profile) => p && { ...p, activity: p.activity.map(({ date: _date, ...post }) => post) };
      expect(undated(profile)).toEqual(undated(expected));
    } else {
      expect(profile).toEqual(expected);
    }
    await page.close();
  });
});
