import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField, ProfileLayout } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { loadPage, realCaptures } from './load-page';

interface Capture {
  file: string;
  url: string;
  layout: ProfileLayout;
  /** What the page visibly shows. */
  shows: Partial<Profile>;
  /** Why each field in `missing` is absent: the page does not show it. */
  lacks: Partial<Record<ProfileField, string>>;
}

/**
 * The saved LinkedIn pages in ../shared/fixtures/linkedin (see SOURCES.md there). They hold
 * real people's public data, so they are read in place and never copied into this repository.
 */
const captures: Capture[] = [
  {
    file: 'mrbuslov__linkedin-parser-browser-extension__costa-vasili-topcard.html',
    url: 'https://www.linkedin.com/in/costavasili/',
    layout: 'sdui',
    shows: {
      memberId: 'ACoAAAq_vXIB7ddQiLbkdzTDNjlHLlc3eQ7DOR4',
      name: 'Costa Vasili',
      firstName: 'Costa',
      headline: 'Founder & CEO | Ethnolink - Multicultural Communications Agency | Translation services in 150+ languages | Trusted by government and not-for-profits to engage multicultural communities',
      location: 'Melbourne, Victoria, Australia',
      current: { company: 'Ethnolink' },
    },
    lacks: {
      about: 'the capture is the top card only',
      experience: 'the capture is the top card only (so no current job title either)',
      education: 'the capture is the top card only (the school chip names no degree)',
      featured: 'the capture is the top card only',
      activity: 'the capture is the top card only',
      skills: 'the capture is the top card only',
    },
  },
  {
    file: 'mrbuslov__linkedin-parser-browser-extension__clare-suttie-headline.html',
    url: 'https://www.linkedin.com/in/clare-suttie-atlas-translations/',
    layout: 'sdui',
    shows: {
      memberId: 'ACoAAAD3TQABqRHgsCZ_Ma8zqRLdxpuuiwR_xs4',
      name: 'Clare Suttie',
      firstName: 'Clare',
      // Only the sticky toolbar shows it: the capture is cut off right after the name.
      headline: 'Serving our fabulous local & international clients of all sizes, backgrounds, & industries with tip-top translations, excellent customer service, & an overall level of attention that’s equal parts human & caring.',
    },
    lacks: {
      location: 'the capture is cut off after the name heading',
      current: 'the capture is cut off after the name heading',
      about: 'cut off',
      experience: 'cut off',
      education: 'cut off',
      featured: 'cut off',
      activity: 'cut off',
      skills: 'cut off',
    },
  },
  {
    file: 'aadisriram__nodejs-linkedin-scraper__satyanadella.html',
    url: 'https://www.linkedin.com/in/satyanadella',
    layout: 'public',
    shows: {
      name: 'Satya Nadella',
      firstName: 'Satya',
      headline: 'Chairman and CEO at Microsoft',
      location: 'Redmond, Washington, United States',
      current: { title: 'Chairman and CEO', company: 'Microsoft' },
    },
    lacks: {
      memberId: 'public pages show only the numeric member id, not the ACoAA… one',
      featured: 'public pages have no Featured section',
      skills: 'this public page has no Skills section',
    },
  },
  {
    file: 'aadisriram__nodejs-linkedin-scraper__guidovanrossum.html',
    url: 'https://www.linkedin.com/in/guido-van-rossum-4a0756',
    layout: 'public',
    shows: {
      name: 'Guido van Rossum',
      firstName: 'Guido',
      location: 'United States',
      current: { company: 'Microsoft' },
      education: [{ school: 'University of Amsterdam' }],
    },
    lacks: {
      memberId: 'public pages show only the numeric member id',
      headline: 'this guest page shows no headline',
      about: 'no About section',
      experience: 'positions are blurred behind a sign-in overlay',
      featured: 'public pages have no Featured section',
      activity: 'the Activity list holds only posts he liked, not his own',
      skills: 'no Skills section',
    },
  },
  {
    file: 'yatish27__linkedin-scraper__jeffweiner08.html',
    url: 'https://www.linkedin.com/in/jeffweiner08',
    layout: 'unknown',
    shows: {
      name: 'Jeff Weiner',
      firstName: 'Jeff',
      headline: 'CEO at LinkedIn',
      location: 'San Francisco Bay Area',
      current: { title: 'CEO', company: 'LinkedIn' },
    },
    lacks: {
      memberId: 'the 2016 public page shows no member id',
      education: 'the 2016 guest page hides education behind sign-up',
      featured: '2016 pages had no Featured section',
    },
  },
  {
    file: 'gacek85__linkedin-parser__sample.html',
    // The capture's own address is not in it; the person was anonymised as "Sample User".
    url: 'https://www.linkedin.com/in/sample-user/',
    layout: 'unknown',
    shows: {
      name: 'Sample User',
      firstName: 'Sample',
      headline: 'Frontend Developer',
      location: 'Warsaw, Masovian District, Poland',
      current: { title: 'Frontend Developer', company: 'PZU' },
      about: 'Test summary',
    },
    lacks: {
      memberId: 'the 2016 page has only a numeric member id',
      featured: '2016 pages had no Featured section',
      activity: 'no posts on this 2016 page',
    },
  },
];

const present = captures.filter((capture) => existsSync(resolve(realCaptures, capture.file)));

// CI clones the project with shared/ beside it; a checkout without the captures fails here, loudly.
describe('readProfile on real saved LinkedIn pages', () => {
  it('finds every capture named in SOURCES.md', () => {
    expect(present.map((capture) => capture.file)).toEqual(captures.map((capture) => capture.file));
  });

  it.each(present.map((capture) => [capture.file, capture] as const))('%s: reads what the page visibly shows', (_file, capture) => {
    const profile = readProfile(loadPage(resolve(realCaptures, capture.file)), capture.url);
    expect(profile.layout).toBe(capture.layout);
    expect(profile).toMatchObject(capture.shows);
  });

  it.each(present.map((capture) => [capture.file, capture] as const))('%s: names exactly the fields the page lacks', (_file, capture) => {
    const profile = readProfile(loadPage(resolve(realCaptures, capture.file)), capture.url);
    expect(profile.missing.toSorted()).toEqual(Object.keys(capture.lacks).toSorted());
  });

  it('reads the 2016 pages’ experience lists in full, in Polish as in English', () => {
    const polish = readProfile(loadPage(resolve(realCaptures, 'gacek85__linkedin-parser__sample.html')), 'https://www.linkedin.com/in/sample-user/');
    expect(polish.experience[0]).toEqual({ title: 'Frontend Developer', company: 'PZU', dates: 'czerwiec 2014 – obecnie (1 rok 2 mies.)', location: 'Warsaw, Masovian District, Poland' });
    const english = readProfile(loadPage(resolve(realCaptures, 'yatish27__linkedin-scraper__jeffweiner08.html')), 'https://www.linkedin.com/in/jeffweiner08');
    expect(english.experience).toHaveLength(12);
  });
});
