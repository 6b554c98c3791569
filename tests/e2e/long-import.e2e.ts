import { describe, expect, it } from 'vitest';
import { newContact } from '@/utils/store/contacts/contacts';
import { profileOf } from '../unit/outreach/people';
import { browserPerFile } from './browser-per-file';

const browser = browserPerFile();

/** An export file of made-up people, as the extension writes it. */
function exportOf(count: number): string {
  const now = Date.now();
  const contacts = Array.from({ length: count }, (_, index) =>
    newContact(profileOf(`made-up-${index}`, { name: `Made Up ${index}`, firstName: 'Made', location: 'Lagos, Nigeria' }), now - index * 60_000),
  );
  return JSON.stringify({ format: 'mentor-outreach', version: 1, exportedAt: now, settings: { me: null }, contacts, followUps: [] });
}

describe('a long import', () => {
  it('shows how far it has got, in a bar and in numbers, and says when it is done', { timeout: 240_000 }, async () => {
    const options = await browser.openExtensionPage('options.html');
    const progress = options.getByTestId('data-progress');
    await options.getByLabel('Import…').setInputFiles({ name: 'ten-thousand.json', mimeType: 'application/json', buffer: Buffer.from(exportOf(10_000)) });

    // Checked a step at a time before anything changes.
    await expect.poll(() => progress.textContent(), { timeout: 120_000 }).toMatch(/^Checking: [1-9][\d,]* of 10,000 contacts/);
    await expect.poll(() => options.getByTestId('import-preview').textContent(), { timeout: 120_000 }).toMatch(/This file has 10,000 contacts\. 10,000 contacts are new/);

    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => progress.textContent(), { timeout: 120_000 }).toMatch(/^Importing: [1-9][\d,]* of 10,000 contacts/);
    const bar = progress.getByRole('progressbar');
    expect(Number(await bar.getAttribute('max'))).toBe(10_000);
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);

    await expect.poll(() => options.getByTestId('data-status').textContent(), { timeout: 120_000 }).toBe('Imported: 10,000 new contacts, 0 combined contacts.');
    expect(await progress.count()).toBe(0);
    expect(await browser.askWorker('listContacts', {})).toMatchObject({ ok: true, value: { total: 10_000 } });
  });
});
