import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { captures, expectedProfile, readAt } from './real-capture-list';
import { realCapturesRun } from '../../real-captures';
import { loadPage, realCaptures } from './load-page';

const present = captures.filter((capture) => existsSync(resolve(realCaptures, capture.file)));

// CI clones the project with shared/ beside it; a checkout without the captures fails here, loudly.
// Parsing the largest saved page (368 KB) with jsdom takes seconds on a busy machine: a generous
// limit, since speed is the bench's to measure.
describe.runIf(realCapturesRun())('readProfile on real saved LinkedIn pages', { timeout: 60_000 }, () => {
  it('finds every capture named in SOURCES.md', () => {
    expect(present.map((capture) => capture.file)).toEqual(captures.map((capture) => capture.file));
  });

  // Each expectation file was checked field by field against what the saved page shows.
  it.each(present.map((capture) => [capture.file, capture] as const))('%s: reads every field as its expectation file says', (_file, capture) => {
    const profile = readProfile(loadPage(resolve(realCaptures, capture.file)), capture.url, readAt);
    expect(profile).toEqual(expectedProfile(capture.file));
  });

  it.each(present.map((capture) => [capture.file, capture] as const))('%s: names exactly the fields the page lacks, each for a reason', (_file, capture) => {
    expect(expectedProfile(capture.file).missing.toSorted()).toEqual((Object.keys(capture.lacks) as ProfileField[]).toSorted());
  });

  it('reads the 2016 pages’ experience lists in full, in Polish as in English', () => {
    const polish = readProfile(loadPage(resolve(realCaptures, 'gacek85__linkedin-parser__sample.html')), 'https://www.linkedin.com/in/sample-user/');
    expect(polish.experience[0]).toEqual({
      title: 'Frontend Developer',
      company: 'PZU',
      dates: 'czerwiec 2014 – obecnie (1 rok 2 mies.)',
      location: 'Warsaw, Masovian District, Poland',
      period: { start: '2014-06', ongoing: true },
    });
    const english = readProfile(loadPage(resolve(realCaptures, 'yatish27__linkedin-scraper__jeffweiner08.html')), 'https://www.linkedin.com/in/jeffweiner08');
    expect(english.experience).toHaveLength(12);
  });
});
