import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { profileFields, type Profile } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { loadPage } from './load-page';
import { readAt } from './real-capture-list';
import { expectedOf, notProfilePages, realPages, realPagesDir, realPagesPresent } from './real-page-list';

/** `page: field[0]` … `page: field[count - 1]`: every item of a list the reader does not read yet. */
const items = (page: string, field: string, count: number) => Array.from({ length: count }, (_, i) => `${page}: ${field}[${i}]`);

const eduardo = 'elalienx__scoutr__profile1';
const dulitha = 'MadhurangaWije__pre-interview-brief-generator__markup';
const kekayan = 'MadhurangaWije__pre-interview-brief-generator__markup2';

/**
 * Fields the reader still gets wrong on these pages, in areas the `reader` branch is changing
 * (issue 27). Each is checked to be still wrong, so that the lead sees it and removes it here
 * once that branch is merged. Never a place to hide a fault of another area.
 */
const pendingOnBranchReader = [
  // Their own words only: an activity card's caption ("… reposted this • 1w", "Surendra
  // Thotaposted this") is read as the post, and no item says whose words it holds (repost,
  // comment, their own post or article).
  ...items(eduardo, 'activity', 3),
  ...items('elalienx__scoutr__profile2', 'activity', 2),
  ...items('elalienx__scoutr__profile3', 'activity', 3),
  ...items('elalienx__scoutr__profile4', 'activity', 3),
  'elalienx__scoutr__public-profile1: activity[0]',
  ...items(dulitha, 'activity', 3),
  // Card chrome: an attachment's name ("Onboarding kit") ends a job description, "Associated
  // with …" starts an award's, a follower count ("6K followers") is read as the location.
  `${eduardo}: experience[0]`,
  `${eduardo}: honors[0]`,
  `${dulitha}: location`,
  `${kekayan}: location`,
  // U+FFFC before a 2023 publication's title, and its "-" read as the publisher; U+F0D8, a
  // private-use bullet glyph, before each line of his About and three of his roles.
  `${dulitha}: publications[0]`,
  ...['about', 'experience[0]', 'experience[2]', 'experience[3]', 'experience[4]'].map((field) => `elalienx__scoutr__profile4: ${field}`),
  // The 2023 public markup (the reader branch reads it whole): an Experience section named by
  // class only, honours under "awards", "Issued <time>…</time>" dates, a volunteer role's cause,
  // a grade after the degree.
  ...[dulitha, kekayan].flatMap((page) => [`${page}: current`, `${page}: missing`]),
  ...items(dulitha, 'experience', 16),
  ...items(dulitha, 'certifications', 3),
  `${dulitha}: honors[0]`,
  `${dulitha}: volunteering[0]`,
  ...items(kekayan, 'experience', 5),
  ...items(kekayan, 'certifications', 11),
  ...items(kekayan, 'honors', 2),
  `${kekayan}: education[0]`,
  // Grouped roles on 2024 Ember pages: the group's location (TC Television, Guayaquil) is not given to its roles.
  `${eduardo}: experience[5]`,
  `${eduardo}: experience[6]`,
  // Public pages whose <main> LinkedIn marks aria-hidden under the sign-in dialog: nothing below the top card is read.
  ...['elalienx__scoutr__public-profile1', 'elalienx__scoutr__public-profile3'].flatMap((page) => [`${page}: current`, `${page}: missing`]),
  ...items('elalienx__scoutr__public-profile1', 'experience', 8),
  ...items('elalienx__scoutr__public-profile1', 'education', 3),
  ...items('elalienx__scoutr__public-profile1', 'certifications', 9),
  ...items('elalienx__scoutr__public-profile1', 'languages', 2),
  'elalienx__scoutr__public-profile1: honors[0]',
  'elalienx__scoutr__public-profile1: volunteering[0]',
  ...items('elalienx__scoutr__public-profile3', 'experience', 12),
  ...items('elalienx__scoutr__public-profile3', 'education', 5),
  // Not a profile: "An exact match for … could not be found." and LinkedIn's guest home are read
  // as names, and no page says what it shows instead (`notProfile`).
  ...['elalienx__scoutr__profilePrivate', 'elalienx__scoutr__bannedPage2'].flatMap((page) =>
    ['name', 'firstName', 'missing', 'notProfile'].map((field) => `${page}: ${field}`),
  ),
  'elalienx__scoutr__bannedPage: notProfile',
];

/**
 * Faults these pages show outside the reader branch's areas that are not fixed yet: reported to the
 * lead (issue 27), held here the same way so that a fix shows up, and never counted as passing.
 */
const notYetFixed = [
  // A top card with no degree badge whose only sign is its "Connect" button ("Invite … to connect").
  `${eduardo}: connection`,
  // Her first name is two words ("Message Sri Lalitha", "View Sri Lalitha’s full profile"); the
  // reader takes the first word of her name.
  'elalienx__scoutr__profile2: firstName',
  'elalienx__scoutr__public-profile2: firstName',
];
const known = [...pendingOnBranchReader, ...notYetFixed];

/** Each field of a profile as its own check: a scalar field whole, a list item by item. */
function fieldsOf(want: Profile, got: Profile): { path: string; want: unknown; got: unknown }[] {
  const w = want as unknown as Record<string, unknown>;
  const g = got as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(w), ...Object.keys(g)])].flatMap((key) => {
    const [a, b] = [w[key], g[key]];
    if (key === 'missing' || !Array.isArray(a) || !Array.isArray(b)) return [{ path: key, want: a, got: b }];
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ path: `${key}[${i}]`, want: a[i], got: b[i] }));
  });
}

const lists = ['experience', 'education', 'featured', 'activity', 'skills', 'projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages'] as const;

/** What a page that shows no profile gives: no person, nothing read, and what it shows instead. */
function nobody(page: (typeof notProfilePages)[number]): Profile {
  const slug = /\/in\/([^/]+)/.exec(page.url)![1];
  return {
    url: page.url, slug, ...Object.fromEntries(lists.map((field) => [field, []])),
    layout: 'unknown', missing: [...profileFields], notProfile: page.shows,
  } as unknown as Profile;
}

const expected = (file: string): Profile => {
  const page = notProfilePages.find((p) => p.file === file);
  return page ? nobody(page) : expectedOf(file);
};

const present = [...realPages, ...notProfilePages].filter((page) => existsSync(resolve(realPagesDir(), page.file)));
const profiles = new Map<string, Profile>();
/** Each page is parsed once (jsdom takes a second or two on a 600 KB page). */
function read(file: string, url: string): Profile {
  if (!profiles.has(file)) profiles.set(file, readProfile(loadPage(resolve(realPagesDir(), file)), url, readAt));
  return profiles.get(file)!;
}

describe.runIf(realPagesPresent())('readProfile on the second set of real saved pages (issue 27)', { timeout: 60_000 }, () => {
  it('finds every page named in SOURCES.md', () => {
    expect(present.map((page) => page.file)).toEqual([...realPages, ...notProfilePages].map((page) => page.file));
  });

  it.each(present.map((page) => [page.file, page] as const))('%s: reads each field as the page shows it', (_file, page) => {
    const name = page.file.replace(/\.html$/, '');
    const fields = fieldsOf(expected(page.file), read(page.file, page.url));
    for (const field of fields.filter((f) => !known.includes(`${name}: ${f.path}`))) {
      expect.soft(field.got, `${name}: ${field.path}`).toEqual(field.want);
    }
  });

  it.each([
    ['pending on the reader branch', pendingOnBranchReader],
    ['not yet fixed', notYetFixed],
  ] as const)('still gets wrong each field listed as %s (remove it here once it reads right)', (_list, entries) => {
    const right = entries.filter((entry) => {
      const [name, path] = entry.split(': ');
      const page = present.find((p) => p.file === `${name}.html`);
      if (!page) return false;
      const field = fieldsOf(expected(page.file), read(page.file, page.url)).find((f) => f.path === path);
      return !field || isDeepStrictEqual(field.got, field.want);
    });
    expect(right).toEqual([]);
  });
});
