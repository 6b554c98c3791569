import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { listContacts, recentMessages } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import { databaseVersion, openDatabase, upgradeSteps, type UpgradeStep } from '@/utils/store/schema/database';
import { listDue } from '@/utils/store/follow-ups/due-follow-ups';
import type { Stage } from '@/utils/relationship/stages';
import type { FollowUp } from '@/utils/store/schema/records';
import { contactCheck } from '@/utils/store/checks/record-checks';
import { storedRowOf } from '@/utils/store/schema/contact-rows';
import { clockAt, day, manyContacts, monday, profileOf, value } from './made-up';

const people = ['amara-example', 'tomasz-example', 'kenji-example'];

/** A database at the shipped version with three contacts and their follow-ups in it. */
async function filledDatabase(): Promise<void> {
  const db = await openDatabase();
  for (const slug of people) await saveContact(db, { profile: profileOf(slug), notes: `About ${slug}` }, clockAt(monday));
  db.close();
}

/**
 * Records as version 1 wrote them (no snapshot on follow-ups), put straight into the stores
 * every version has: the code of today cannot write through an older schema.
 */
async function fillAsShipped(db: IDBPDatabase<unknown>, stages: Stage[]): Promise<void> {
  const file = manyContacts(stages.length, monday);
  const tx = db.transaction(['contacts', 'followUps'], 'readwrite');
  for (const [index, contact] of file.contacts.entries()) await tx.objectStore('contacts').put({ ...contact, stage: stages[index] });
  for (const followUp of file.followUps) await tx.objectStore('followUps').add(followUp);
  await tx.objectStore('followUps').add({ ...file.followUps[0]!, state: 'done', closedAt: monday });
  await tx.done;
}

// A later version as a future change would write it: a new index, and every contact rewritten.
const addSearchName: UpgradeStep = async (_db, tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('by-lastName', 'lastName');
  let cursor = await contacts.openCursor();
  while (cursor) {
    const value = cursor.value as { profile: { name?: string } };
    await cursor.update({ ...value, lastName: value.profile.name?.split(' ').at(-1) ?? '' });
    cursor = await cursor.continue();
  }
};

const failingStep: UpgradeStep = async (_db, tx) => {
  await tx.objectStore('contacts').clear();
  throw new Error('a step that breaks half-way');
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the database schema and its upgrades', () => {
  it('creates the current version with contacts, follow-ups by due date, and settings', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames].sort()).toEqual(['buckets', 'contacts', 'counts', 'firstMessages', 'followUps', 'settings']);
    const tx = db.transaction(['contacts', 'followUps'], 'readonly');
    expect([...tx.objectStore('contacts').indexNames].sort()).toEqual(['by-formerUrl', 'by-memberId', 'by-stage-updated', 'by-updated']);
    expect([...tx.objectStore('followUps').indexNames].sort()).toEqual(['by-contact', 'by-state-due']);
    db.close();
  });

  it('keeps every record when the worker opens the database again after a restart', async () => {
    await filledDatabase();
    const db = await openDatabase();
    const page = await listContacts(db, {});
    expect(page.ok && page.value.total).toBe(people.length);
    const due = await listDue(db, monday + 8 * day);
    expect(due.ok && due.value.length).toBe(people.length);
    db.close();
  });

  it('upgrades from each earlier version with data in it, losing no record', async () => {
    // Every shipped version before the current one, then one step past it as a future change.
    for (let version = 1; version <= databaseVersion; version++) {
      globalThis.indexedDB = new IDBFactory();
      const old = await openDatabase({ steps: upgradeSteps.slice(0, version) });
      await fillAsShipped(old as unknown as IDBPDatabase<unknown>, ['reached-out', 'replied', 'met']);
      old.close();
      const steps = [...upgradeSteps, addSearchName];
      const upgraded = await openDatabase({ steps });
      expect(upgraded.version).toBe(steps.length);
      const contacts = await upgraded.getAll('contacts');
      expect(contacts.map((contact) => (contact as unknown as { lastName: string }).lastName)).toEqual(['Example', 'Example', 'Example']);
      expect(await upgraded.count('followUps')).toBe(people.length + 1);
      upgraded.close();
    }
  });

  it('from version 1, counts each stage and gives waiting follow-ups the name the due list shows', async () => {
    const v1 = await openDatabase({ steps: upgradeSteps.slice(0, 1) });
    await fillAsShipped(v1 as unknown as IDBPDatabase<unknown>, ['reached-out', 'replied', 'replied', 'met']);
    v1.close();
    const db = await openDatabase();
    expect(value(await listContacts(db, { stage: 'replied' })).total).toBe(2);
    expect(value(await listContacts(db, {})).total).toBe(4);
    const followUps = await db.getAll('followUps');
    const open = followUps.filter((followUp) => followUp.state === 'pending');
    expect(open.map((followUp) => followUp.snapshot)).toEqual([
      { name: 'Person0', stage: 'reached-out' },
      { name: 'Person1', stage: 'replied' },
      { name: 'Person2', stage: 'replied' },
      { name: 'Person3', stage: 'met' },
    ]);
    expect(followUps.find((followUp: FollowUp) => followUp.state === 'done')?.snapshot).toBeUndefined();
    const due = value(await listDue(db, monday + 10 * day));
    expect(due.map((item) => [item.contact.name, item.contact.stage])).toEqual([
      ['Person0', 'reached-out'],
      ['Person1', 'replied'],
      ['Person2', 'replied'],
      ['Person3', 'met'],
    ]);
    db.close();
  });

  it('from version 2, dates the roles and schools of profiles saved before, and keeps everything else as it was', async () => {
    const v2 = await openDatabase({ steps: upgradeSteps.slice(0, 2) });
    const saved = manyContacts(3, monday).contacts;
    // As the reader of version 2 saved them: dates as the page words them, no periods, no new sections.
    // At the contact's own address: a stored contact's key is always its profile's address.
    saved[0]!.profile = profileOf('amara-example', {
      url: saved[0]!.url,
      experience: [
        { title: 'Head of Platform', company: 'Lumen Freight', dates: 'Jan 2023 – Present · 3 yrs' },
        { title: 'Engineer', company: 'Paystack', dates: 'Jun 2016 – Feb 2019 · 2 yrs 9 mos', location: 'Lagos' },
        { title: 'Intern', company: 'Andela' },
      ],
      education: [{ school: 'University of Lagos', dates: '2011 – 2015' }],
    });
    saved[1]!.profile = profileOf('tomasz-example', { experience: [{ title: 'Designer', company: 'Brightwater', dates: 'sty 2022 – obecnie' }] });
    const untouched = structuredClone(saved[2]!);
    const tx = v2.transaction('contacts', 'readwrite');
    for (const contact of saved) await tx.objectStore('contacts').put(contact);
    await tx.done;
    v2.close();

    const db = await openDatabase();
    const [amara, tomasz, third] = await Promise.all(saved.map((contact) => db.get('contacts', contact.url)));
    expect(amara?.profile.experience).toEqual([
      { title: 'Head of Platform', company: 'Lumen Freight', dates: 'Jan 2023 – Present · 3 yrs', period: { start: '2023-01', ongoing: true } },
      { title: 'Engineer', company: 'Paystack', dates: 'Jun 2016 – Feb 2019 · 2 yrs 9 mos', location: 'Lagos', period: { start: '2016-06', end: '2019-02' } },
      { title: 'Intern', company: 'Andela' },
    ]);
    expect(amara?.profile.education).toEqual([{ school: 'University of Lagos', dates: '2011 – 2015', period: { start: '2011', end: '2015' } }]);
    expect(amara?.profile.projects).toBeUndefined();
    expect({ ...amara, profile: undefined }).toEqual({ ...saved[0], profile: undefined });
    expect(tomasz?.profile.experience[0]?.period).toEqual({ start: '2022-01', ongoing: true });
    expect(third).toEqual(untouched);
    // An upgraded record is still a valid one: it saves again as it is.
    expect(contactCheck(amara, 'contact').ok).toBe(true);
    db.close();
  });

  it('from version 3, lists, finds without accents and warns about the first messages of contacts saved before, leaving them as they were', async () => {
    const v3 = await openDatabase({ steps: upgradeSteps.slice(0, 3) });
    const saved = manyContacts(3, monday).contacts;
    saved[0]!.profile = profileOf('ines-example', { name: 'Inès Dubois' });
    saved[0]!.url = saved[0]!.profile.url;
    saved[1]!.message = { channel: 'message', body: 'Hi Person1, your talk on pallets…' };
    const tx = v3.transaction(['contacts', 'counts'], 'readwrite');
    for (const contact of saved) await tx.objectStore('contacts').put(contact);
    await tx.objectStore('counts').put({ 'reached-out': 1, 'checked-in': 1, replied: 1 }, 'stages');
    await tx.done;
    v3.close();

    const db = await openDatabase();
    expect(value(await listContacts(db, { search: 'ines' })).contacts.map((row) => row.name)).toEqual(['Inès Dubois']);
    expect(value(await listContacts(db, { stage: 'replied' })).contacts.map((row) => row.url)).toEqual([saved[2]!.url]);
    expect(value(await listContacts(db, {})).total).toBe(3);
    expect(value(await recentMessages(db, {}))).toEqual([{ who: 'Person1 Example', body: 'Hi Person1, your talk on pallets…' }]);
    expect(await Promise.all(saved.map((contact) => db.get('contacts', contact.url)))).toEqual(saved);
    db.close();
  });

  it('from version 4, finds every contact saved before by their words, and keeps finding them after they change', async () => {
    const v4 = await openDatabase({ steps: upgradeSteps.slice(0, 4) });
    const saved = manyContacts(40, monday).contacts;
    saved[7]!.profile = profileOf('ines-example', { name: 'Inès Dubois' });
    saved[7]!.url = saved[7]!.profile.url;
    // As version 4 kept them: each contact with its row beside it.
    const tx = v4.transaction(['contacts', 'rows'], 'readwrite');
    for (const contact of saved) await Promise.all([tx.objectStore('contacts').put(contact), tx.objectStore('rows').put(storedRowOf(contact))]);
    await tx.done;
    v4.close();

    const db = await openDatabase();
    expect(value(await listContacts(db, { search: 'INES' })).contacts.map((row) => row.name)).toEqual(['Inès Dubois']);
    expect(value(await listContacts(db, { search: 'notes about person' })).total).toBe(40);
    expect(value(await listContacts(db, { search: 'person 12' })).contacts.map((row) => row.url)).toEqual([saved[12]!.url]);
    // Saved again with other words: found by the new ones only.
    value(await saveContact(db, { profile: saved[12]!.profile, notes: 'Met at the pallet conference' }, clockAt(monday + day)));
    expect(value(await listContacts(db, { search: 'pallet' })).contacts.map((row) => row.url)).toEqual([saved[12]!.url]);
    expect(value(await listContacts(db, { search: 'notes about' })).total).toBe(39);
    expect(await db.count('contacts')).toBe(40);
    db.close();
  });

  it('leaves the old version and all its records when an upgrade step fails', async () => {
    await filledDatabase();
    await expect(openDatabase({ steps: [...upgradeSteps, failingStep] })).rejects.toBeDefined();
    const db = await openDatabase();
    expect(db.version).toBe(databaseVersion);
    expect(await db.count('contacts')).toBe(people.length);
    db.close();
  });
});
