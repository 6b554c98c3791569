import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Profile } from '@/utils/linkedin/profile';
import { realCapturesDir } from '../../real-captures';

/**
 * The second set of real saved LinkedIn pages (issue 27, item 6), listed with their sources in
 * tests/fixtures/linkedin-real/SOURCES.md. They hold real people's data, so like the first set
 * they are read in place and never committed here: they sit in `linkedin-real` beside the first
 * set's folder (shared/fixtures/linkedin-real), or in the folder LINKEDIN_REAL_PAGES names.
 */
export function realPagesDir(): string {
  return process.env.LINKEDIN_REAL_PAGES ?? resolve(realCapturesDir(), '../linkedin-real');
}

export interface RealPage {
  /** <owner>__<repo>__<name>.html */
  file: string;
  /** The address the page was saved from. */
  url: string;
  /** What kind of page it is, as its markup shows. */
  kind: 'ember 2024' | 'public 2023' | 'not a profile';
}

export const realPages: RealPage[] = [
  { file: 'elalienx__scoutr__profile1.html', url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile2.html', url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile3.html', url: 'https://www.linkedin.com/in/abgargulo/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile5.html', url: 'https://www.linkedin.com/in/vasileiosalevizos/', kind: 'ember 2024' },
];

/** Whether the pages are on this machine; the tests that read them say how to get them when not. */
export function realPagesPresent(): boolean {
  if (existsSync(realPagesDir())) return true;
  console.warn(
    `Skipping the tests on the second set of real LinkedIn pages: ${realPagesDir()} was not found. ` +
      'tests/fixtures/linkedin-real/SOURCES.md names each page, its repository and commit; put them there or set LINKEDIN_REAL_PAGES.',
  );
  return false;
}

const expectedDir = resolve(import.meta.dirname, 'expected-real');

/** What a page shows, field by field, written by reading the page (never from the reader). */
export function expectedOf(file: string): Profile {
  return JSON.parse(readFileSync(resolve(expectedDir, file.replace(/\.html$/, '.json')), 'utf8')) as Profile;
}
