import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAddress } from '@/utils/linkedin/page-address';
import { repoRoot, teamFixtures, teamPage } from './load-page';

function extract(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(resolve(repoRoot, 'node_modules/.bin/tsx'), ['scripts/extract.mts', ...args], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pageAddress', () => {
  it.each([
    ['lucia-ferreira', 'https://www.linkedin.com/in/lucia-ferreira/', 'the canonical link'],
    ['amara-okafor', 'https://www.linkedin.com/in/amara-okafor/', 'the top card’s name link'],
    ['tomasz-wojcik', 'https://www.linkedin.com/in/tomasz-wojcik/', 'the contact-info link'],
  ])('finds where the saved page %s came from', (slug, url, from) => {
    expect(pageAddress(teamPage(slug))).toEqual({ url, from });
  });

  it('finds nothing on a page that is not a profile', () => {
    expect(pageAddress(teamPage('feed'))).toBeUndefined();
  });
});

describe('npm run extract', { timeout: 30_000 }, () => {
  it('prints the profile of a saved page as JSON', () => {
    const run = extract(resolve(teamFixtures, 'kenji-watanabe.html'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ name: 'Kenji Watanabe', layout: 'sdui', url: 'https://www.linkedin.com/in/kenji-watanabe/' });
  });

  it.each([
    [['/no/such/page.html'], 1, 'No such file: /no/such/page.html'],
    [[resolve(repoRoot, 'tests')], 1, 'is not a file.'],
    [[resolve(teamFixtures, 'feed.html')], 2, 'does not say which profile it is: pass --url <profile address>.'],
    [[resolve(teamFixtures, 'amara-okafor.html'), '--url', 'https://www.linkedin.com/feed/'], 2, 'This LinkedIn page is not a person’s profile.'],
    [[], 2, 'Usage: npm run extract'],
  ])('refuses %j with exit %i and a one-line reason', (args, code, reason) => {
    const run = extract(...args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(reason);
  });
});
