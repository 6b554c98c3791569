import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/utils/linkedin/read-profile';
import { stillRendering } from '@/utils/linkedin/shows-profile';
import { savedPage } from '@/scripts/saved-page';
import { teamFixtures, teamPage } from './load-page';

// Issue #19: a profile with no readable name waited ~25 s on "waiting". Only a page LinkedIn is
// still swapping waits; a rendered page with a blank name gets the field to type it in at once.
const at = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const unnamed = readFileSync(resolve(teamFixtures, 'sami-unnamed.html'), 'utf8');
const withName = (name: string) => savedPage(unnamed.replace(/<h2>[^<]*<\/h2>/, `<h2>${name}</h2>`));

describe('whether LinkedIn is still showing the profile', () => {
  it.each([
    ['spaces and zero-width characters', ' &#8203;&#8204; &#8205;&#65279; '],
    ['nothing', ''],
    ['only spaces', '   '],
  ])('a rendered page of this person whose name is %s is not waited for: the name is missing', (_kind, name) => {
    const page = withName(name);
    const profile = readProfile(page, at('sami-unnamed'));
    expect(profile).toMatchObject({ headline: 'Site Reliability Engineer at Harbour Grid', location: 'Rotterdam, Netherlands' });
    expect(profile.name).toBeUndefined();
    expect(profile.missing).toContain('name');
    expect(stillRendering(page, profile)).toBe(false);
  });

  it('waits while the top card still shows the previous person (the address changed first)', () => {
    const page = teamPage('amara-okafor');
    expect(stillRendering(page, readProfile(page, at('kenji-watanabe')))).toBe(true);
    const stale = withName('Sami Haddad');
    expect(stillRendering(stale, readProfile(stale, at('amara-okafor')))).toBe(true);
  });

  it('waits while the page shows no profile at all yet', () => {
    const empty = savedPage('<!doctype html><title>LinkedIn</title><body><div id="root"></div></body>');
    expect(stillRendering(empty, readProfile(empty, at('amara-okafor')))).toBe(true);
  });

  it('does not wait once the name is read, even beside the previous person’s leftovers', () => {
    const page = teamPage('noor-haddad');
    expect(stillRendering(page, readProfile(page, at('noor-haddad')))).toBe(false);
  });

  it('does not wait for a top card keyed by the member id the address names', () => {
    const page = withName('');
    expect(stillRendering(page, readProfile(page, at('ACoAAS4m1Unn4m3d000555')))).toBe(false);
  });
});
