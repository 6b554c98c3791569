import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { readMe } from '../../utils/outreach/me';
import { browserPerFile } from './browser-per-file';
import { personNamed } from '../unit/outreach/people';

// Made-up people.
const platformLead = { headline: 'Head of Platform at Contoso', current: { title: 'Head of Platform', company: 'Contoso' } };
const person = (slug: string, name: string): Profile => personNamed(slug, name, platformLead);

const browser = browserPerFile();

describe('“Me” and “Your data” on the options page, in Chromium', () => {
  it('welcomes a first run and saves Me as you type, in the browser’s time zone', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.getByTestId('welcome').isVisible()).toBe(true);
    const browserZone = await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await options.getByLabel('Your time zone').inputValue()).toBe(browserZone);

    await options.getByLabel('Your name').fill('Sam Lee');
    await options.getByLabel('Who you are, in one line').fill('a junior supply chain analyst at Northwind, focused on sustainability metrics');
    await options.getByLabel('Short-term goal (next 6–12 months)').fill('find a mentor');
    await expect.poll(() => options.getByRole('note').allTextContents()).toContainEqual(expect.stringMatching(/Be specific/));
    await options.getByLabel('Short-term goal (next 6–12 months)').fill('get better at presenting data to non-technical stakeholders');
    await options.getByLabel('Your mentor persona').fill('supply chain, sustainability, coaches others');
    await options.getByLabel('How long you ask for').selectOption('20');
    await expect.poll(() => options.getByTestId('me-status').textContent()).toBe('Saved');

    const settings = await browser.askWorker('getSettings');
    const me = readMe(settings.ok ? settings.value.me : null);
    expect(me).toMatchObject({
      name: 'Sam Lee',
      intro: 'a junior supply chain analyst at Northwind, focused on sustainability metrics',
      shortTermGoal: 'get better at presenting data to non-technical stakeholders',
      persona: ['supply chain', 'sustainability', 'coaches others'],
      askMinutes: 20,
      timeZone: browserZone,
    });
    expect(await options.getByRole('note').count()).toBe(0);

    await options.reload();
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Sam Lee');
    expect(await options.getByTestId('welcome').count()).toBe(0);
    await options.close();
  });

  it('drafts in the popup with the Me just filled in: the introduction and the name to sign with', async () => {
    const profile = await browser.openLinkedIn('/in/kenji-watanabe/');
    const popup = await browser.openPopup(profile);
    const message = popup.getByLabel('Message', { exact: true });
    await expect.poll(() => message.count()).toBe(1);
    await popup.getByLabel('Where you will send it').selectOption('message');
    await expect.poll(() => message.inputValue()).toContain('junior supply chain analyst at Northwind');
    expect(await message.inputValue()).toContain('Sam Lee');
    expect(await message.inputValue()).toMatch(/20.minute/);
    await popup.close();
    await profile.close();
  });

  it('exports JSON, erases everything after a yes, and imports the file back to the same contacts', async () => {
    const options = await browser.openExtensionPage('options.html');
    for (const [slug, name] of [['amara-okafor', 'Amara Okafor'], ['tomasz-wojcik', 'Tomasz Wojcik']] as const) {
      await browser.askWorker('saveContact', { profile: person(slug, name), notes: `Notes about ${name}` });
    }
    const before = await browser.askWorker('exportData');
    if (!before.ok) throw new Error(before.error);

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^mentor-outreach-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/^Saved mentor-outreach-/);

    // The spreadsheet copy: a header and one row per contact, notes as the user wrote them.
    const downloadingCsv = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await downloadingCsv).path())!, 'utf8').trim().split(/\r?\n/);
    expect(csv).toHaveLength(3);
    expect(csv[0]).toMatch(/name/i);
    expect(csv.join('\n')).toContain('Notes about Tomasz Wojcik');

    await options.getByRole('button', { name: 'Erase everything' }).click();
    expect(await options.getByRole('alertdialog').textContent()).toContain('cannot be undone');
    await options.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toBe('Erased 2 contacts and 2 follow-ups.');
    const erased = await browser.askWorker('listContacts', {});
    expect(erased).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await options.getByLabel('Your name').inputValue()).toBe('');

    await options.getByLabel('Import…').setInputFiles(file);
    await expect.poll(() => options.getByTestId('import-preview').textContent()).toContain('This file has 2 contacts. 2 contacts are new');
    expect(await browser.askWorker('listContacts', {})).toMatchObject({ ok: true, value: { total: 0 } });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/^Imported: 2 new contacts/);

    const after = await browser.askWorker('exportData');
    if (!after.ok) throw new Error(after.error);
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect([...after.value.contacts].sort(byUrl)).toEqual([...before.value.contacts].sort(byUrl));
    expect(after.value.followUps.length).toBe(before.value.followUps.length);
    expect(readMe(after.value.settings.me).name).toBe('Sam Lee');
    expect(JSON.parse(readFileSync(file!, 'utf8')).contacts).toHaveLength(2);
    // The file's "Me" came back with it: the form shows it again.
    await expect.poll(() => options.getByLabel('Your name').inputValue()).toBe('Sam Lee');
  });

  it('refuses a file that is not an export, in plain words, and changes nothing', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Import…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"contacts": [') });
    await expect.poll(() => options.getByTestId('data-error').textContent()).toMatch(/^Nothing was imported\. This file is not a Mentor Outreach export/);
    expect(await browser.askWorker('listContacts', {})).toMatchObject({ ok: true, value: { total: 2 } });
  });
});
