import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/utils/linkedin/read-profile';
import { findHooks } from '@/utils/outreach/hooks';
import { readMe } from '@/utils/outreach/me';
import { loadPage } from './load-page';
import { readAt } from './real-capture-list';
import { expectedOf, notProfilePages, realPages, realPagesDir, realPagesPresent } from './real-page-list';

const run = promisify(execFile);
const me = 'tests/fixtures/outreach/me.json';

/**
 * Pages whose draft still cites a caption, a repost or chrome because of what the `reader`
 * branch is changing (issue 27): checked to be still wrong, to be removed once it is merged.
 */
const pendingOnBranchReader = [
  // The Activity card's caption is read as the post: "Your recent post "Eduardo Alvarez Nowak reposted this • 1w"".
  'elalienx__scoutr__profile1',
  'elalienx__scoutr__profile2',
  'elalienx__scoutr__profile3',
  // "Surendra Thotaposted this • 2mo".
  'elalienx__scoutr__profile4',
  // Your article "￼￼￼￼￼￼￼Managing Enterprise Mobile Devices…" in - : U+FFFC and the 2023 markup's "-" publisher.
  'MadhurangaWije__pre-interview-brief-generator__markup',
  // "Dear An," and "Hi Welcome,": a "not found" page and LinkedIn's guest home give a name.
  'elalienx__scoutr__profilePrivate',
  'elalienx__scoutr__bannedPage2',
];

// What a draft must never cite as theirs: a card's caption or age, LinkedIn's labels and buttons,
// a follower count, an attachment's name, invisible object-replacement characters.
const caption = /\b(?:re)?posted this\b|\bcommented on (?:a|this) post\b|\b(?:liked|shared) by\b|•\s*\d+\s*(?:w|mo|d|h|yr?)\b/i;
const chrome = /…\s*see more|\bsee more\b|\bshow (?:all|more|credential)\b|\bsee credential\b|\b\d[\d,.]*K? followers\b|\bassociated with\b|\bonboarding kit\b|\bjoin now\b|\bsign in\b|\bcontact info\b|\uFFFC| in - /i;
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

const pages = [...realPages, ...notProfilePages].filter((page) => existsSync(resolve(realPagesDir(), page.file)));
const name = (file: string) => file.replace(/\.html$/, '');

describe.runIf(realPagesPresent())('npm run draft on the second set of real pages (issue 27)', { timeout: 120_000 }, () => {
  it.each(pages.filter((page) => !pendingOnBranchReader.includes(name(page.file))).map((page) => [page.file, page] as const))(
    '%s: cites no caption, repost, label or chrome',
    async (file, page) => {
      const { draft, hooks } = await draftOf(file, page.url);
      expect(notTheirs(file, draft, hooks)).toEqual([]);
    },
  );

  it.each(pages.filter((page) => pendingOnBranchReader.includes(name(page.file))).map((page) => [page.file, page] as const))(
    '%s: still cites what is not theirs, pending on the reader branch (remove it from the list once it does not)',
    async (file, page) => {
      const { draft, hooks } = await draftOf(file, page.url);
      expect(notTheirs(file, draft, hooks)).not.toEqual([]);
    },
  );
});
