import { describe, expect, it } from 'vitest';
import { profileLimits } from '@/utils/linkedin/profile-limits';
import { withinLimits } from '@/utils/linkedin/within-limits';
import { profileCheck } from '@/utils/store/checks/record-checks';
import { readProfile } from '@/utils/linkedin/read-profile';
import { teamPage } from './load-page';

describe('withinLimits on the sections read since issue 13', () => {
  const base = readProfile(teamPage('sione-tupou'), 'https://www.linkedin.com/in/sione-tupou/', Date.UTC(2026, 11, 1));

  it('keeps at most what the worker stores, cutting long text with "…", so Save still works', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ title: `Project ${i} ${'x'.repeat(2_000)}`, description: 'd'.repeat(60_000), url: `https://example.org/${'p'.repeat(3_000)}` }));
    const cut = withinLimits({ ...base, projects: many, languages: Array.from({ length: 80 }, (_, i) => ({ name: `Language ${i}` })), pronouns: 'x'.repeat(2_000) });
    expect(cut.projects).toHaveLength(profileLimits.achievements);
    expect(cut.projects?.[0]?.title).toHaveLength(profileLimits.line);
    expect(cut.projects?.[0]?.description?.endsWith('…')).toBe(true);
    // A link too long to keep is dropped, not cut: a cut address would lead elsewhere.
    expect(cut.projects?.[0]?.url).toBeUndefined();
    expect(cut.languages).toHaveLength(profileLimits.languages);
    expect(cut.pronouns).toHaveLength(profileLimits.line);
    expect(profileCheck(cut, 'profile').ok).toBe(true);
  });

  it('leaves a section absent on a profile saved before it was read', () => {
    const { projects: _projects, ...old } = base;
    expect('projects' in withinLimits(old)).toBe(false);
  });
});
