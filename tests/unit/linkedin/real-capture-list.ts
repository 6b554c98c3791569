import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Profile, ProfileField } from '@/utils/linkedin/profile';

export interface Capture {
  file: string;
  url: string;
  /** Why each field in `missing` is absent: the page does not show it. */
  lacks: Partial<Record<ProfileField, string>>;
}

/** When the expectations were read; the captures show no ages ("3w"), so any moment gives the same. */
export const readAt = Date.UTC(2026, 11, 1);

const sections = ['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages'] as const;
const none = (why: string, except: ProfileField[] = []) =>
  Object.fromEntries(sections.filter((field) => !except.includes(field)).map((field) => [field, why]));

/**
 * The saved LinkedIn pages in ../shared/fixtures/linkedin (see SOURCES.md there). They hold
 * real people's public data, so they are read in place and never copied into this repository;
 * what each shows is in expected/<file>.json, checked field by field against the page.
 */
export const captures: Capture[] = [
  {
    file: 'mrbuslov__linkedin-parser-browser-extension__costa-vasili-topcard.html',
    url: 'https://www.linkedin.com/in/costavasili/',
    lacks: {
      about: 'the capture is the top card only',
      experience: 'the capture is the top card only (so no current job title either)',
      featured: 'the capture is the top card only',
      activity: 'the capture is the top card only',
      skills: 'the capture is the top card only',
      ...none('the capture is the top card only'),
    },
  },
  {
    file: 'mrbuslov__linkedin-parser-browser-extension__clare-suttie-headline.html',
    url: 'https://www.linkedin.com/in/clare-suttie-atlas-translations/',
    lacks: {
      location: 'the capture is cut off after the name heading',
      current: 'the capture is cut off after the name heading',
      about: 'cut off',
      experience: 'cut off',
      education: 'cut off',
      featured: 'cut off',
      activity: 'cut off',
      skills: 'cut off',
      ...none('cut off'),
    },
  },
  {
    file: 'aadisriram__nodejs-linkedin-scraper__satyanadella.html',
    url: 'https://www.linkedin.com/in/satyanadella',
    lacks: {
      memberId: 'public pages show only the numeric member id, not the ACoAA… one',
      featured: 'public pages have no Featured section',
      skills: 'this public page has no Skills section',
      ...none('this public page shows none of these sections (only instructor courses)'),
    },
  },
  {
    file: 'aadisriram__nodejs-linkedin-scraper__guidovanrossum.html',
    url: 'https://www.linkedin.com/in/guido-van-rossum-4a0756',
    lacks: {
      memberId: 'public pages show only the numeric member id',
      headline: 'this guest page shows no headline',
      about: 'no About section',
      experience: 'positions are blurred behind a sign-in overlay',
      featured: 'public pages have no Featured section',
      activity: 'the Activity list holds only posts he liked, not his own',
      skills: 'no Skills section',
      ...none('the page shows only Projects and Volunteer Experience of these', ['projects', 'volunteering']),
    },
  },
  {
    file: 'yatish27__linkedin-scraper__jeffweiner08.html',
    url: 'https://www.linkedin.com/in/jeffweiner08',
    lacks: {
      memberId: 'the 2016 public page shows no member id',
      education: 'the 2016 guest page hides education behind sign-up',
      featured: '2016 pages had no Featured section',
      projects: 'no Projects section',
      publications: 'no Publications section',
      certifications: 'no Certifications section',
      volunteering: 'the section lists causes and organisations he supports, with no roles',
    },
  },
  {
    file: 'gacek85__linkedin-parser__sample.html',
    // The capture's own address is not in it; the person was anonymised as "Sample User".
    url: 'https://www.linkedin.com/in/sample-user/',
    lacks: {
      memberId: 'the 2016 page has only a numeric member id',
      featured: '2016 pages had no Featured section',
      activity: 'no posts on this 2016 page',
      ...none('the page shows only Languages of these', ['languages']),
    },
  },
];

const expectedDir = resolve(import.meta.dirname, 'expected');

/** What a capture shows, field by field, as its expectation file holds it. */
export function expectedProfile(file: string): Profile {
  return JSON.parse(readFileSync(resolve(expectedDir, file.replace(/\.html$/, '.json')), 'utf8')) as Profile;
}
