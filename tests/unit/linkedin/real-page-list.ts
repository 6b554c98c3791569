import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Profile } from '@/utils/linkedin/profile';
import { realCapturesDir } from '../../real-captures';

/**
 * The second set of real saved LinkedIn pages (issue 27, item 6), listed with their sources in
 * tests/fixtures/linkedin-real/SOURCES.md. They hold real people's data, so like the first set
 * they are read in place and never committed here: they sit in `linkedin-real` beside the first
 * set's folder (shared/fixtures/linkedin-real), or in the folder LINKEDIN_REAL_PAGES names.
 * `npm run test:real-pages` runs their tests (vitest.real-pages.config.ts); `npm test` does not.
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
  kind: 'ember 2024' | 'public 2024' | 'public 2023' | 'not a profile';
}

export const realPages: RealPage[] = [
  { file: 'elalienx__scoutr__profile1.html', url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile2.html', url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile3.html', url: 'https://www.linkedin.com/in/abgargulo/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile4.html', url: 'https://www.linkedin.com/in/surendrathota/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__profile5.html', url: 'https://www.linkedin.com/in/vasileiosalevizos/', kind: 'ember 2024' },
  { file: 'elalienx__scoutr__public-profile1.html', url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/', kind: 'public 2024' },
  { file: 'elalienx__scoutr__public-profile2.html', url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/', kind: 'public 2024' },
  { file: 'elalienx__scoutr__public-profile3.html', url: 'https://www.linkedin.com/in/abgargulo/', kind: 'public 2024' },
  { file: 'MadhurangaWije__pre-interview-brief-generator__markup.html', url: 'https://www.linkedin.com/in/dulithawijewantha/', kind: 'public 2023' },
  { file: 'MadhurangaWije__pre-interview-brief-generator__markup2.html', url: 'https://www.linkedin.com/in/kekayan/', kind: 'public 2023' },
];

/**
 * Pages at a profile address that show no profile: what each shows instead, as read from it
 * (the `notProfile` reasons the reader branch adds, issue 27). Their addresses are not in them.
 */
export const notProfilePages: (RealPage & { shows: 'login-wall' | 'not-found' | 'error' | 'empty' })[] = [
  // "An exact match for ivanahmadfatoni could not be found." (public page, 2024).
  { file: 'elalienx__scoutr__profilePrivate.html', url: 'https://www.linkedin.com/in/ivanahmadfatoni/', kind: 'not a profile', shows: 'not-found' },
  // LinkedIn's guest home, "Welcome to your professional community" with its sign-in form, served
  // to the scraper in place of a profile (2024).
  { file: 'elalienx__scoutr__bannedPage2.html', url: 'https://www.linkedin.com/in/someone-blocked/', kind: 'not a profile', shows: 'login-wall' },
  // A bare page that refreshes to linkedin.com after a script runs: nothing on it at all (2024).
  { file: 'elalienx__scoutr__bannedPage.html', url: 'https://www.linkedin.com/in/someone-blocked/', kind: 'not a profile', shows: 'empty' },
];

/**
 * Stops a test file on these pages at once when they are not on this machine, saying where they
 * were looked for and how to get them: a clear failure, never a skip (they cannot be committed).
 */
export function requireRealPages(): void {
  const dir = realPagesDir();
  if (existsSync(dir)) return;
  throw new Error(
    `The real LinkedIn pages were not found in ${dir}. tests/fixtures/linkedin-real/SOURCES.md names each page, ` +
      'its repository, path and commit: save them there, or set LINKEDIN_REAL_PAGES to the folder that holds them.',
  );
}

const expectedDir = resolve(import.meta.dirname, 'expected-real');

/** What a page shows, field by field, written by reading the page (never from the reader). */
export function expectedOf(file: string): Profile {
  return JSON.parse(readFileSync(resolve(expectedDir, file.replace(/\.html$/, '.json')), 'utf8')) as Profile;
}
