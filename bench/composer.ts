import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProfile } from '../utils/linkedin/read-profile';
import { channels } from '../utils/outreach/channels';
import { check } from '../utils/outreach/check';
import { compose } from '../utils/outreach/compose';
import { findHooks } from '../utils/outreach/hooks';
import { readMe } from '../utils/outreach/me';
import { withSavedPage } from '../scripts/saved-page';
import { fixturesDir, root } from '../tests/e2e/harness';
import { timeMedian, type Figure } from './figures';

/** compose + check for the richest made-up profile, on every channel (what the popup does per keystroke). */
export async function composeAndCheck(): Promise<Figure[]> {
  const me = readMe(JSON.parse(readFileSync(join(root, 'tests/fixtures/outreach/me.json'), 'utf8')));
  const url = 'https://www.linkedin.com/in/amara-okafor/';
  const profile = await withSavedPage(readFileSync(join(fixturesDir, 'amara-okafor.html'), 'utf8'), (doc) =>
    readProfile(doc, url),
  );
  const figures: Figure[] = [];
  for (const channel of channels) {
    const value = await timeMedian(() => {
      const hook = findHooks(profile, me)[0];
      const draft = compose(profile, me, { channel, ...(hook && { hook }) });
      check(draft.body, channel, { account: me.account, ...(hook && { hook }), profile });
    }, 201, 20);
    figures.push({ group: 'compose + check', name: channel, value, unit: 'ms', budget: 2 });
  }
  return figures;
}
