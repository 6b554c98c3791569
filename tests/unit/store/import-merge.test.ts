import { beforeEach, describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { exportData } from '@/utils/store/transfer/export-data';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import { importData } from '@/utils/store/transfer/import-data';
import { clockAt, day, freshDatabase, monday, profileOf, value } from './made-up';

// Issue 15: an import merges, it never overwrites. Newer words win, but never with older or
// empty ones, and an address listed among a contact's former ones takes nobody's identity.
let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
});

const amara = profileOf('amara-example', { name: 'Amara Example' });
const mallory = profileOf('mallory-example', { name: 'Mallory Example' });
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

async function fileOf(change: (file: ExportFile) => ExportFile): Promise<string> {
  return JSON.stringify(change(value(await exportData(db, monday + 5 * day))));
}

async function saved(slug: string) {
  return value(await getContact(db, { url: url(slug) }))?.contact;
}

describe('an import that never overwrites', () => {
  it('does not let a new contact take a saved one’s name and notes by listing its address as a former one', async () => {
    value(await saveContact(db, { profile: amara, notes: 'Met at the meetup; ask about pipelines' }, clockAt(monday)));
    const text = await fileOf((file) => ({
      ...file,
      contacts: [
        {
          ...file.contacts[0]!,
          url: mallory.url,
          profile: mallory,
          formerUrls: [amara.url],
          notes: '',
          updatedAt: monday + 30 * day,
        },
      ],
      followUps: file.followUps.map((followUp) => ({ ...followUp, contactUrl: mallory.url })),
    }));
    const summary = value(await importData(db, text, true));
    expect(summary).toMatchObject({ newContacts: 1, mergedContacts: 0 });
    expect(await saved('amara-example')).toMatchObject({ profile: { name: 'Amara Example' }, notes: 'Met at the meetup; ask about pipelines' });
    const newcomer = await saved('mallory-example');
    expect(newcomer?.profile.name).toBe('Mallory Example');
    expect(newcomer?.formerUrls).not.toContain(amara.url);
    // The file's follow-ups stay with the file's contact, never the saved one.
    expect(value(await getContact(db, { url: amara.url }))?.followUps).toHaveLength(1);
    expect(value(await getContact(db, { url: mallory.url }))?.followUps).toHaveLength(1);
  });

  it('still follows a real change of address: a former address with the same member id is the same person', async () => {
    const before = profileOf('amara-example', { name: 'Amara Example', memberId: 'ACoAAmara1' });
    value(await saveContact(db, { profile: before, notes: 'Kept notes' }, clockAt(monday)));
    const after = profileOf('amara-okafor', { name: 'Amara Okafor', memberId: 'ACoAAmara1' });
    const text = await fileOf((file) => ({
      ...file,
      contacts: [{ ...file.contacts[0]!, url: after.url, profile: after, formerUrls: [before.url], updatedAt: monday + 30 * day }],
      followUps: [],
    }));
    expect(value(await importData(db, text, true))).toMatchObject({ newContacts: 0, mergedContacts: 1 });
    expect(await saved('amara-example')).toMatchObject({ url: after.url, profile: { name: 'Amara Okafor' }, notes: 'Kept notes' });
  });

  it('keeps the saved words when a newer copy of the same contact has them empty, and the newer words when both have some', async () => {
    value(await saveContact(db, { profile: amara, notes: 'Ask about pipelines', takeaways: 'Ship small', toldThem: 'Thanks' }, clockAt(monday)));
    const text = await fileOf((file) => ({
      ...file,
      contacts: [{ ...file.contacts[0]!, notes: '', takeaways: 'Ship smaller', toldThem: '   ', profile: { ...amara, name: undefined }, updatedAt: monday + 30 * day }],
    }));
    value(await importData(db, text, true));
    expect(await saved('amara-example')).toMatchObject({
      notes: 'Ask about pipelines',
      takeaways: 'Ship smaller',
      toldThem: 'Thanks',
      profile: { name: 'Amara Example' },
    });
  });

  it('refuses a contact filed under an address that is not its profile’s, and imports nothing', async () => {
    value(await saveContact(db, { profile: amara, notes: 'Mine' }, clockAt(monday)));
    const text = await fileOf((file) => ({ ...file, contacts: [{ ...file.contacts[0]!, profile: mallory }], followUps: [] }));
    // The record check at the door (record-checks.ts) holds the key to the profile's address.
    expect(await importData(db, text, true)).toEqual({
      ok: false,
      error: `Contact 1 › url is ${amara.url}, but its profile is at ${mallory.url}: one contact has one address. Nothing was imported.`,
    });
    expect(await saved('amara-example')).toMatchObject({ profile: { name: 'Amara Example' }, notes: 'Mine' });
  });

  it.each([
    ['a dot segment', 'https://www.linkedin.com/in/x/../amara-example/'],
    ['an encoded dot segment', 'https://www.linkedin.com/in/x/%2e%2e/amara-example/'],
  ])('refuses an address with %s, saying which contact', async (_kind, address) => {
    value(await saveContact(db, { profile: amara }, clockAt(monday)));
    const text = await fileOf((file) => ({ ...file, contacts: [{ ...file.contacts[0]!, url: address }], followUps: [] }));
    const outcome = await importData(db, text, true);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/^Contact 1 › url should be a LinkedIn profile address/);
  });
});
