import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { getContact, listContacts } from '@/utils/store/contacts/contact-queries';
import { contactsToCsv, csvText } from '@/utils/store/transfer/contacts-csv';
import { logInteraction, saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { eraseAll } from '@/utils/store/transfer/erase-all';
import { exportData } from '@/utils/store/transfer/export-data';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import { listDue } from '@/utils/store/follow-ups/due-follow-ups';
import { importData } from '@/utils/store/transfer/import-data';
import { storeText } from '@/utils/store/schema/store-text';
import { saveSettings } from '@/utils/store/schema/settings';
import { clockAt, day, freshDatabase, monday, profileOf, value } from './made-up';

let db: Database;
const amara = profileOf('amara-example', { memberId: 'ACoAAAmara' });
const tomasz = profileOf('tomasz-example');

async function exported(): Promise<ExportFile> {
  return value(await exportData(db, monday + 10 * day));
}
async function everything() {
  const file = await exported();
  return { contacts: file.contacts.length, followUps: file.followUps.length, settings: file.settings };
}

beforeEach(async () => {
  db = await freshDatabase();
  await saveContact(db, { profile: amara, notes: 'Ask about <b>pipelines</b>' }, clockAt(monday));
  await logInteraction(db, { url: amara.url, kind: 'replied' }, clockAt(monday + day));
  await saveContact(db, { profile: tomasz }, clockAt(monday + day));
  await saveSettings(db, { me: { name: 'Sam' } });
});

describe('export and import', () => {
  it('exports a complete, versioned file that imports back into an empty browser as it was', async () => {
    const file = await exported();
    expect(file).toMatchObject({ format: 'mentor-outreach', version: 1, exportedAt: monday + 10 * day });
    expect(file.contacts).toHaveLength(2);
    expect(file.followUps).toHaveLength(3); // Amara's cancelled check-in and her schedule-chat; Tomasz's check-in
    db = await freshDatabase();
    expect(value(await importData(db, JSON.stringify(file), true))).toEqual({
      contacts: 2, newContacts: 2, mergedContacts: 0, followUpsAdded: 3, settingsTaken: true,
    });
    const again = await exported();
    expect({ ...again, exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
  });

  it('importing the same file twice adds no duplicates', async () => {
    const text = JSON.stringify(await exported());
    const summary = value(await importData(db, text, true));
    expect(summary).toMatchObject({ newContacts: 0, mergedContacts: 2, followUpsAdded: 0 });
    expect(await everything()).toMatchObject({ contacts: 2, followUps: 3 });
  });

  it('merges by member id a contact whose profile address changed, keeping the newer fields', async () => {
    const file = await exported();
    const renamed = profileOf('amara-okafor-pm', { memberId: 'ACoAAAmara' });
    const imported = file.contacts.find((c) => c.url === amara.url)!;
    file.contacts = [{ ...imported, url: renamed.url, profile: renamed, notes: 'Newer notes', updatedAt: monday + 5 * day }];
    file.followUps = file.followUps.filter((f) => f.contactUrl === amara.url).map((f) => ({ ...f, contactUrl: renamed.url }));
    value(await importData(db, JSON.stringify(file), true));
    const view = value(await getContact(db, { url: renamed.url }))!;
    expect(view.contact).toMatchObject({ url: renamed.url, notes: 'Newer notes', formerUrls: [amara.url] });
    expect(view.followUps).toHaveLength(2);
    expect(value(await listContacts(db, {})).total).toBe(2);
  });

  it('imported follow-ups show who they are for, and a newer stage merged in reaches their nudges', async () => {
    const file = await exported();
    db = await freshDatabase();
    value(await importData(db, JSON.stringify(file), true));
    const due = value(await listDue(db, monday + 30 * day));
    expect(due.map((d) => [d.contact.name, d.contact.stage, d.followUp.kind])).toEqual([
      ['Amara', 'replied', 'schedule-chat'],
      ['Tomasz', 'reached-out', 'check-in'],
    ]);
    const amaraLater = { ...file.contacts.find((c) => c.url === amara.url)!, stage: 'met' as const, updatedAt: monday + 5 * day };
    value(await importData(db, JSON.stringify({ ...file, contacts: [amaraLater], followUps: [] }), true));
    const after = value(await listDue(db, monday + 30 * day));
    expect(after.find((d) => d.contact.url === amara.url)?.contact.stage).toBe('met');
  });

  it('previews what an import would do and changes nothing', async () => {
    const file = await exported();
    db = await freshDatabase();
    expect(value(await importData(db, JSON.stringify(file), false))).toMatchObject({ newContacts: 2, followUpsAdded: 3 });
    expect(await everything()).toMatchObject({ contacts: 0, followUps: 0 });
  });

  it('keeps the user’s own settings when importing into a browser that has them', async () => {
    const file = await exported();
    file.settings = { ...file.settings, me: { name: 'Someone else' } };
    expect(value(await importData(db, JSON.stringify(file), true)).settingsTaken).toBe(false);
    expect((await everything()).settings.me).toEqual({ name: 'Sam' });
  });

  it('erases everything', async () => {
    expect(value(await eraseAll(db))).toEqual({ contacts: 2, followUps: 3 });
    expect(await everything()).toMatchObject({ contacts: 0, followUps: 0, settings: { me: null } });
  });
});

describe('a bad file changes nothing and says why', () => {
  let good: ExportFile;
  beforeEach(async () => {
    good = await exported();
  });

  const cases: [string, () => string, RegExp][] = [
    ['not JSON at all', () => 'name,url\nAmara,https://…', /not valid JSON/],
    ['cut short in the middle', () => JSON.stringify(good).slice(0, 400), /not valid JSON \(it may be cut short/],
    ['another program’s JSON', () => JSON.stringify({ contacts: [] }), /no "format": "mentor-outreach"/],
    ['from a newer version', () => JSON.stringify({ ...good, version: 7 }), /newer version of Mentor Outreach \(format 7\)/],
    ['a contact with a broken stage', () => JSON.stringify({ ...good, contacts: [good.contacts[0], { ...good.contacts[1], stage: 'best-friends' }] }), /^Contact 2 › stage should be one of/],
    ['a contact with a date that is text', () => JSON.stringify({ ...good, contacts: [{ ...good.contacts[0], createdAt: 'yesterday' }, good.contacts[1]] }), /^Contact 1 › createdAt should be a date/],
    ['a note of 10 million characters', () => JSON.stringify({ ...good, contacts: [{ ...good.contacts[0], notes: 'x'.repeat(10_000_000) }, good.contacts[1]] }), /^Contact 1 › notes is too long \(over 50,000 characters\)/],
    ['a profile link that runs script', () => JSON.stringify({ ...good, contacts: [{ ...good.contacts[0], profile: { ...good.contacts[0]!.profile, featured: [{ title: 'x', url: 'javascript:alert(1)' }] } }, good.contacts[1]] }), /featured › 1 › url should be a web address/],
    ['a profile address that is not LinkedIn', () => JSON.stringify({ ...good, contacts: [{ ...good.contacts[0], url: 'https://evil.example/in/amara/' }, good.contacts[1]] }), /Contact 1 › url should be a LinkedIn profile address/],
    ['the same person twice', () => JSON.stringify({ ...good, contacts: [good.contacts[0], good.contacts[1], good.contacts[0]] }), /Contacts 1 and 3 in the file are the same person/],
    ['a follow-up for someone not in the file', () => JSON.stringify({ ...good, followUps: [{ ...good.followUps[0], contactUrl: 'https://www.linkedin.com/in/nobody/' }] }), /belongs to https:\/\/www.linkedin.com\/in\/nobody\/, who is not among/],
    ['a list where a contact should be', () => JSON.stringify({ ...good, contacts: [[1, 2, 3]] }), /Contact 1 should be a set of fields/],
  ];

  it.each(cases)('%s', async (_name, file, reason) => {
    const before = await exported();
    const outcome = await importData(db, file(), true);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(reason);
    expect(await exported()).toEqual(before);
  });

  it('a 100 MB file is judged by what it holds, not refused for its size', async () => {
    const outcome = await importData(db, ' '.repeat(100_000_000), true);
    expect(outcome).toEqual({ ok: false, error: storeText.notJson });
  });

  it('“__proto__” and unknown keys in a file reach neither the database nor any object’s prototype', async () => {
    const text = JSON.stringify(good).replace('"notes":', '"__proto__":{"polluted":"yes"},"isAdmin":true,"notes":');
    expect(text).toContain('__proto__');
    value(await importData(db, text, true));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { contact } = value(await getContact(db, { url: amara.url }))!;
    expect(Object.keys(contact)).not.toContain('isAdmin');
    expect((contact as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in a note as text', async () => {
    value(await importData(db, JSON.stringify(good), true));
    expect(value(await getContact(db, { url: amara.url }))!.contact.notes).toBe('Ask about <b>pipelines</b>');
  });
});

describe('CSV for spreadsheets', () => {
  it('has one row per contact with stage and next follow-up, and escapes would-be formulas', async () => {
    await saveContact(db, { profile: tomasz, notes: '=HYPERLINK("http://evil.example","click")' }, clockAt(monday + 2 * day));
    const rows = Papa.parse<Record<string, string>>(contactsToCsv(await exported()), { header: true }).data;
    expect(rows).toHaveLength(2);
    const amaraRow = rows.find((row) => row.Profile === amara.url)!;
    expect(amaraRow).toMatchObject({ Name: 'Amara Example', Stage: 'replied', 'Next follow-up': 'schedule-chat' });
    const tomaszRow = rows.find((row) => row.Profile === tomasz.url)!;
    expect(tomaszRow.Notes).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  it('escapes a formula wherever one could start: a cell’s start, and each line inside a cell', async () => {
    const starts = ['=1+2', '+1+2', '-1+2', '@SUM(A1)', '\t=1+2', '\r=1+2'];
    const notes = `Fine first line\n=HYPERLINK("http://evil.example")\r\n+cmd|' /C calc'!A0\r-2+3\n@SUM(A1)\n\tTabbed`;
    await saveContact(db, { profile: tomasz, notes, takeaways: starts.join(' '), toldThem: '-', whatITried: 'a - b = c, @ noon' }, clockAt(monday + 2 * day));
    const csv = contactsToCsv(await exported());
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    const row = rows.find((one) => one.Profile === tomasz.url)!;
    expect(row.Notes).toBe(`Fine first line\n'=HYPERLINK("http://evil.example")\r\n'+cmd|' /C calc'!A0\r'-2+3\n'@SUM(A1)\n'\tTabbed`);
    expect(row.Takeaways).toBe(`'=1+2 +1+2 -1+2 @SUM(A1) \t=1+2 \r'=1+2`);
    expect(row['Told them']).toBe("'-");
    expect(row['What I tried']).toBe('a - b = c, @ noon');
    // No line of the file, read as a program that ignores quotes would, starts a formula.
    for (const line of csv.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/);
    for (const start of starts) {
      const cell = Papa.parse<string[]>(csvText([[start]]), { delimiter: ',' }).data[0]![0]!;
      expect(cell).toBe(`'${start}`);
    }
  });
});
