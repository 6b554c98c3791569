import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requestFor } from '@/utils/messaging/wire';
import { personNamed } from '../unit/outreach/people';
import { browserPerFile } from './browser-per-file';

// Nothing lost (issue 8): two pages saving one contact at once keep both changes; a worker
// stopped while saving loses nothing the user was told was saved; a write the browser
// refuses tells the user and keeps what they typed. (A corrupt or truncated import changing
// nothing: tests/unit/store/import-export.test.ts and me-and-data.e2e.ts.)

// A made-up person; the e2e run has no '@/' alias at run time for the unit tests' builders.
const person = personNamed;
const amara = person('amara-okafor', 'Amara Okafor');

const browser = browserPerFile();

/** Sends saveContact from a page as the extension's pages do (utils/messaging/wire.ts). */
function saveFrom(page: Page, data: Record<string, unknown>): Promise<{ ok: boolean } | 'no answer'> {
  return page
    .evaluate((request) => chrome.runtime.sendMessage(request), requestFor('saveContact', data))
    .then((answer) => (answer ?? 'no answer') as never, () => 'no answer' as const);
}

const contactOf = async (url: string) => {
  const view = await browser.askWorker('getContact', { url });
  return view.ok ? view.value?.contact : undefined;
};

describe('nothing the user was told was saved is lost', () => {
  it('two pages saving the same contact at the same moment end with both changes', async () => {
    await browser.askWorker('saveContact', { profile: amara });
    const [dashboard, options] = [await browser.openExtensionPage('dashboard.html'), await browser.openExtensionPage('options.html')];
    const answers = await Promise.all([
      saveFrom(dashboard, { profile: amara, notes: 'Met at the data summit' }),
      saveFrom(options, { profile: amara, takeaways: 'Start with one metric' }),
    ]);
    expect(answers).toMatchObject([{ ok: true }, { ok: true }]);
    expect(await contactOf(amara.url)).toMatchObject({ notes: 'Met at the data summit', takeaways: 'Start with one metric' });
    await Promise.all([dashboard.close(), options.close()]);
  });

  it('a worker stopped in the middle of saving loses no save it answered “saved” to', async () => {
    const page = await browser.openExtensionPage('dashboard.html');
    const told: string[] = [];
    for (const attempt of [1, 2, 3, 4, 5]) {
      const slug = `stopped-save-${attempt}`;
      const saving = saveFrom(page, { profile: person(slug, `Stopped Save${attempt}`), notes: `Typed before stop ${attempt}` });
      // Stop the worker at a different point of each save: at once, a little later, and the last
      // one only once it answered, so at least one "saved" is put to the test.
      if (attempt === 5) await saving;
      else await new Promise((done) => setTimeout(done, (attempt - 1) * 5));
      await browser.stopWorker();
      const answer = await saving;
      if (answer !== 'no answer' && answer.ok) told.push(slug);
    }
    // Each save the page was told succeeded is there after the restart, notes and all.
    expect(told).toContain('stopped-save-5');
    for (const slug of told) {
      const contact = await contactOf(`https://www.linkedin.com/in/${slug}/`);
      expect(contact?.notes).toBe(`Typed before stop ${slug.at(-1)}`);
    }
    // And a save made after the restart works as ever.
    expect(await saveFrom(page, { profile: amara, notes: 'After the restart' })).toMatchObject({ ok: true });
    expect((await contactOf(amara.url))?.notes).toBe('After the restart');
    await page.close();
  });

  it('when the browser refuses to save notes, the dashboard says so, keeps the words typed, and saves them once it can', async () => {
    const dashboard = await browser.openExtensionPage(`dashboard.html#contact=${encodeURIComponent(amara.url)}`);
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Amara Okafor');
    // The browser refuses every write to the worker's database, as on a full disk: the worker's
    // own error path (utils/store/schema/outcome.ts) words it, nothing between page and worker is faked.
    const full = 'Your disk is full, so this was not saved. Everything saved before is kept. Free some disk space, then try again.';
    const refuseWrites = (refuse: boolean) =>
      browser.worker().then((worker) =>
        worker.evaluate((refuse) => {
          const diskFull = () => new DOMException('The disk is full.', 'QuotaExceededError');
          const store = IDBObjectStore.prototype as unknown as Record<string, unknown> & { realPut?: unknown; realAdd?: unknown };
          store.realPut ??= store.put;
          store.realAdd ??= store.add;
          store.put = refuse ? () => { throw diskFull(); } : store.realPut;
          store.add = refuse ? () => { throw diskFull(); } : store.realAdd;
        }, refuse),
      );
    await refuseWrites(true);

    await dashboard.getByLabel('Notes', { exact: true }).fill('Prefers email; ask about the on-call handbook');
    await expect.poll(() => dashboard.getByRole('alert').allTextContents()).toContain(full);
    expect(await dashboard.getByLabel('Notes', { exact: true }).inputValue()).toBe('Prefers email; ask about the on-call handbook');
    expect((await contactOf(amara.url))?.notes).toBe('After the restart');

    // Room again: the next edit, even in another field, saves what was typed in both.
    await refuseWrites(false);
    await dashboard.getByLabel('Takeaways', { exact: true }).fill('Write the design doc first');
    await expect.poll(() => dashboard.getByTestId('notes-status').textContent()).toBe('Saved');
    expect(await contactOf(amara.url)).toMatchObject({ notes: 'Prefers email; ask about the on-call handbook', takeaways: 'Write the design doc first' });
    expect(await dashboard.getByRole('alert').count()).toBe(0);
  });
});
