import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { loadPage } from './load-page';
import { readAt } from './real-capture-list';
import { expectedOf, realPages, realPagesDir, realPagesPresent } from './real-page-list';

/**
 * Fields the reader still gets wrong on these pages, in areas the `reader` branch is changing
 * (issue 27: captions and reposts on activity, grouped roles, card chrome, not-a-profile pages).
 * Each is checked to be still wrong, so that the lead sees it and removes it here once that
 * branch is merged. Never a place to hide a fault of another area.
 */
const pendingOnBranchReader = [
  // An activity card's caption ("… reposted this • 1w") is read as the post; whose words they are is not said.
  'elalienx__scoutr__profile1: activity[0]',
  'elalienx__scoutr__profile1: activity[1]',
  'elalienx__scoutr__profile1: activity[2]',
  'elalienx__scoutr__profile2: activity[0]',
  'elalienx__scoutr__profile2: activity[1]',
  'elalienx__scoutr__profile3: activity[0]',
  'elalienx__scoutr__profile3: activity[1]',
  'elalienx__scoutr__profile3: activity[2]',
  // Card chrome: an attachment's name ("Onboarding kit") ends a job description; "Associated with …" starts an award's.
  'elalienx__scoutr__profile1: experience[0]',
  'elalienx__scoutr__profile1: honors[0]',
  // Grouped roles: the group's location (TC Television, Guayaquil) is not given to its roles.
  'elalienx__scoutr__profile1: experience[5]',
  'elalienx__scoutr__profile1: experience[6]',
];

/**
 * Faults these pages show outside the reader branch's areas that are not fixed yet: reported to the
 * lead (issue 27), held here the same way so that a fix shows up, and never counted as passing.
 */
const notYetFixed = [
  // The 2024 Ember top card's "Connect" / "Invite … to connect" action says not connected; the reader says nothing.
  'elalienx__scoutr__profile1: connection',
  'elalienx__scoutr__profile2: connection',
  'elalienx__scoutr__profile3: connection',
  'elalienx__scoutr__profile5: connection',
  // The member id shows only in the page's own links (profileUrn=urn:li:fsd_profile:ACoAA…), not in its JSON.
  'elalienx__scoutr__profile2: memberId',
  'elalienx__scoutr__profile2: missing',
  'elalienx__scoutr__profile3: memberId',
  'elalienx__scoutr__profile3: missing',
  // Pronouns shown beside the name in brackets, "(She/Her)", are not read.
  'elalienx__scoutr__profile2: pronouns',
  'elalienx__scoutr__profile3: pronouns',
  // Her first name is two words ("Message Sri Lalitha"); the reader takes the first word of her name.
  'elalienx__scoutr__profile2: firstName',
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

const present = realPages.filter((page) => existsSync(resolve(realPagesDir(), page.file)));
const profiles = new Map<string, Profile>();
/** Each page is parsed once (jsdom takes a second or two on a 600 KB page). */
function read(file: string, url: string): Profile {
  if (!profiles.has(file)) profiles.set(file, readProfile(loadPage(resolve(realPagesDir(), file)), url, readAt));
  return profiles.get(file)!;
}

describe.runIf(realPagesPresent())('readProfile on the second set of real saved pages (issue 27)', { timeout: 60_000 }, () => {
  it('finds every page named in SOURCES.md', () => {
    expect(present.map((page) => page.file)).toEqual(realPages.map((page) => page.file));
  });

  it.each(present.map((page) => [page.file, page] as const))('%s: reads each field as the page shows it', (_file, page) => {
    const name = page.file.replace(/\.html$/, '');
    const fields = fieldsOf(expectedOf(page.file), read(page.file, page.url));
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
      const field = fieldsOf(expectedOf(page.file), read(page.file, page.url)).find((f) => f.path === path);
      return !field || isDeepStrictEqual(field.got, field.want);
    });
    expect(right).toEqual([]);
  });
});
