import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/utils/linkedin/read-profile';
import { findHooks } from '@/utils/outreach/hooks';
import { readMe } from '@/utils/outreach/me';
import { loadPage } from './load-page';
import { readAt } from './real-capture-list';
import { expectedOf, notProfilePages, realPages, realPagesDir, requireRealPages } from './real-page-list';

const run = promisify(execFile);
const me = 'tests/fixtures/outreach/me.json';

// What a draft must never cite as theirs: a card's caption or age, LinkedIn's labels and buttons,
// a follower count, an attachment's name, invisible object-replacement characters, a font's
// private-use glyph (Word's U+F0D8 bullet).
const caption = /\b(?:re)?posted this\b|\bcommented on (?:a|this) post\b|\b(?:liked|shared) by\b|•\s*\d+\s*(?:w|mo|d|h|yr?)\b/i;
const chrome = /…\s*see more|\bsee more\b|\bshow (?:all|more|credential)\b|\bsee credential\b|\b\d[\d,.]*K? followers\b|\bassociated with\b|\bonboarding kit\b|\bjoin now\b|\bsign in\b|\bcontact info\b|[\uFFFC\uE000-\uF8FF]| in - /i;
// What a page that is no profile showed where the reader took a name from.
const notNames = /\b(?:Hi|Hello|Dear|Hey)\s+(?:An|Welcome|Join|Sign)\b|an exact match|welcome to your professional community/i;

interface Draft {
  subject?: string;
  body: string;
}

/** `npm run draft` on the profile the reader gives for a page: the InMail, whose five parts are all there. */
async function draftOf(file: string, url: string): Promise<{ draft: Draft; hooks: string[] }> {
  const profile = readProfile(loadPage(resolve(realPagesDir(), file)), url, readAt);
  const path = join(mkdtempSync(join(tmpdir(), 'real-page-draft-')), 'profile.json');
  writeFileSync(path, JSON.stringify(profile));
  const { stdout } = await run('node_modules/.bin/tsx', ['scripts/draft.mts', '--profile', path, '--me', me, '--channel', 'inmail']);
  const hooks = findHooks(profile, readMe(JSON.parse(readFileSync(me, 'utf8'))), readAt).map((hook) => hook.text);
  return { draft: JSON.parse(stdout) as Draft, hooks };
}

/** What in a draft, or among the hooks it could cite, is not their own: each with why. */
function notTheirs(file: string, draft: Draft, hooks: string[]): string[] {
  const reposted = notProfilePages.some((page) => page.file === file)
    ? []
    : expectedOf(file).activity.filter((item) => item.origin === 'repost').map((item) => item.text.slice(0, 40));
  const texts = [draft.subject ?? '', draft.body, ...hooks];
  return texts.flatMap((text) => [
    ...(caption.test(text) ? [`a caption: ${text}`] : []),
    ...(chrome.test(text) ? [`chrome: ${text}`] : []),
    ...(notNames.test(text) ? [`no name: ${text}`] : []),
    ...reposted.filter((start) => text.includes(start)).map((start) => `a repost: ${start}`),
  ]);
}

// Every page, so that one missing from the folder fails here rather than going unnoticed.
const pages = [...realPages, ...notProfilePages];

requireRealPages();

describe('npm run draft on the second set of real pages (issue 27)', { timeout: 120_000 }, () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s: cites no caption, repost, label or chrome', async (file, page) => {
    const { draft, hooks } = await draftOf(file, page.url);
    expect(notTheirs(file, draft, hooks)).toEqual([]);
  });
});
