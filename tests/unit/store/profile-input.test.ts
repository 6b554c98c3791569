import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileCheck } from '@/utils/store/checks/record-checks';
import { readProfileInput } from '@/utils/store/checks/profile-input';

// A profile written by hand for `npm run draft` is held to the store's own check (issue #16:
// one rule for a Profile, not two with their lists of layouts and fields restated).
const handWritten = JSON.parse(readFileSync('tests/fixtures/outreach/profile.json', 'utf8')) as Record<string, unknown>;

describe('a profile written by hand', () => {
  it('may leave out the lists, missing and layout, and is then what the store would keep', () => {
    const read = readProfileInput(handWritten);
    expect(read).toMatchObject({ profile: { url: 'https://www.linkedin.com/in/amara-okafor-demo/', name: 'Amara Okafor', layout: 'unknown', missing: [], featured: [{ kind: 'article' }] } });
    if ('profile' in read) expect(profileCheck(read.profile, 'profile')).toEqual({ ok: true, value: read.profile });
  });

  it('may give its address by the slug alone, in any script', () => {
    expect(readProfileInput({ slug: 'زينب', name: 'Zainab' })).toMatchObject({ profile: { url: 'https://www.linkedin.com/in/%D8%B2%D9%8A%D9%86%D8%A8/', slug: 'زينب' } });
  });

  it.each([
    [[], 'the profile must be a JSON object'],
    [{ ...handWritten, name: 42 }, 'name should be text'],
    [{ ...handWritten, skills: 'Payments' }, 'skills should be a list'],
    [{ ...handWritten, featured: [{ kind: 'article' }] }, 'featured › 1 › title should be text'],
    [{ ...handWritten, layout: 'mobile' }, 'layout should be one of: sdui, ember, public, unknown'],
    [{ ...handWritten, missing: ['shoe size'] }, 'missing › 1 should be one of: memberId, name'],
    [{ ...handWritten, url: 'https://example.com/in/amara/' }, 'url should be a LinkedIn profile address'],
  ])('names the problem in plain words: %j', (input, problem) => {
    const read = readProfileInput(input);
    expect('problem' in read && read.problem).toContain(problem);
  });
});
