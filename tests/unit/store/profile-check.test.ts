import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { profileCheck } from '@/utils/store/checks/record-checks';

const expectedDir = resolve(import.meta.dirname, '../linkedin/expected/team');
const profiles = readdirSync(expectedDir).map((file) => [file, JSON.parse(readFileSync(resolve(expectedDir, file), 'utf8')) as Profile] as const);

describe('the store’s check of a profile', () => {
  it.each(profiles)('keeps every field the reader gives for %s: dates, pronouns and every section', (_file, profile) => {
    expect(profileCheck(profile, 'profile')).toEqual({ ok: true, value: profile });
  });

  it('accepts a profile saved before the new sections, and leaves them absent', () => {
    const { projects: _p, publications: _u, honors: _h, certifications: _c, volunteering: _v, languages: _l, ...old } = profiles[0]![1];
    const checked = profileCheck({ ...old, missing: old.missing.filter((field) => !['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages'].includes(field)) }, 'profile');
    expect(checked.ok && 'projects' in checked.value).toBe(false);
  });

  it('refuses a date that is not one, naming where it is', () => {
    const profile = profiles.find(([file]) => file === 'priya-raman.json')![1];
    const broken = { ...profile, activity: [{ ...profile.activity[0]!, date: 'three weeks ago' }] };
    expect(profileCheck(broken, 'profile')).toEqual({ ok: false, error: 'profile › activity › 1 › date should be a date like 2021, 2021-03 or 2021-03-14.' });
  });
});
