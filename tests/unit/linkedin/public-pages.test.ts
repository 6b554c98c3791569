import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { cleanText } from '@/utils/linkedin/clean-text';
import { teamPage } from './load-page';

// Issue 27: public pages read whole. The 2024 page with its sign-in dialog open (all of <main>
// marked aria-hidden) and the 2023 markup gave nothing below the top card, a follower count as
// the place, "-" as a publisher and invisible characters in a title.
const readAt = Date.UTC(2026, 11, 1, 12);
const read = (slug: string): Profile => readProfile(teamPage(slug), `https://www.linkedin.com/in/${slug}/`, readAt);
const expected = (slug: string): Profile => JSON.parse(readFileSync(resolve(import.meta.dirname, 'expected/team', `${slug}.json`), 'utf8')) as Profile;

describe('public pages, read whole', () => {
  it.each([
    ['elif-sahin', '2024, sign-in dialog open: grouped roles, a certificate’s date, a volunteer cause, no grade in the degree'],
    ['dilan-perera', '2023 markup: the place, not "6K followers"; grouped roles; articles; awards; no "-" publisher; no U+FFFC'],
  ])('%s (%s): every field as its expectation file holds it', (slug) => {
    expect(read(slug)).toEqual(expected(slug));
  });

  it('reads every role of the page with the dialog open, each grouped role under its employer as the role names it', () => {
    expect(read('elif-sahin').experience.map((role) => `${role.title} @ ${role.company}`)).toEqual([
      'Engineering Manager @ Boğaz Mobility',
      'Lead Frontend Engineer @ Anadolu TV',
      'Frontend Engineer @ Anadolu Televizyonu',
    ]);
  });

  it('dates a certificate that also says when it expires by when it was issued, as the logged-in pages do', () => {
    expect(read('dilan-perera').certifications?.[1]).toEqual({ title: 'AWS Certified Developer – Associate', by: 'Amazon Web Services (AWS)', date: '2021-12' });
  });

  it('still leaves out the placeholders a sign-in overlay puts inside a section', () => {
    const doc = teamPage('elif-sahin');
    doc.querySelector('.experience-group')?.setAttribute('aria-hidden', 'true');
    expect(readProfile(doc, 'https://www.linkedin.com/in/elif-sahin/', readAt).experience.map((role) => role.title)).toEqual(['Engineering Manager']);
  });

  it('keeps invisible and object-replacement characters out of every field', () => {
    expect(cleanText('\ufffc\ufffcManaging\u00ad Devices\u2062 \u200b')).toBe('Managing Devices');
    expect(JSON.stringify(read('dilan-perera'))).not.toMatch(/[\ufffc\u00ad\u200b]|"by":"-"|followers/);
  });
});
