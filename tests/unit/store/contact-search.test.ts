import { beforeEach, describe, expect, it } from 'vitest';
import { foldText } from '@/utils/store/schema/contact-rows';
import { listContacts, listGroups, recentMessages } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { importData } from '@/utils/store/transfer/import-data';
import { saveWords } from '@/utils/store/contacts/save-words';
import { stages } from '@/utils/relationship/stages';
import type { Contact } from '@/utils/store/schema/records';
import { clockAt, freshDatabase, hour, manyContacts, monday, profileOf, value } from './made-up';

let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
});

const found = async (search: string) => value(await listContacts(db, { search })).contacts.map((row) => row.name);

describe('searching contacts', () => {
  it('folds case and accents the way people type names', () => {
    expect(foldText('Inès Müller-Øre')).toBe('ines muller-øre');
    expect(foldText('ÉLODIE')).toBe('elodie');
    expect(foldText('José')).toBe(foldText('JOSÉ'));
    // Compatibility forms read plainly: the ligature "ﬁ" is "fi".
    expect(foldText('ﬁnance')).toBe('finance');
  });

  it('finds "Inès" by "Ines", "INES" or "inès", and by her organization without its accent', async () => {
    const ines = profileOf('ines-example', { name: 'Inès Dubois', current: { title: 'Directrice', company: 'Société Générale' } });
    await saveContact(db, { profile: ines }, clockAt(monday));
    await saveContact(db, { profile: profileOf('kenji-example') }, clockAt(monday + hour));
    for (const search of ['Ines', 'INES', 'inès', 'ines dubois', 'societe', 'GÉNÉRALE']) expect(await found(search)).toEqual(['Inès Dubois']);
    expect(await found('Inez')).toEqual([]);
  });

  it('finds a contact by words saved later, and by their new name once they change it', async () => {
    const saved = value(await saveContact(db, { profile: profileOf('amara-example') }, clockAt(monday)));
    expect(await found('pallets')).toEqual([]);
    await saveWords(db, { url: saved.url, basedOn: saved.updatedAt, changes: { notes: { was: '', now: 'Asked about pallets' } } }, clockAt(monday + hour));
    expect(await found('PALLETS')).toEqual(['Amara Example']);
    await saveContact(db, { profile: profileOf('amara-example', { name: 'Amara Okafor-Ndiaye' }) }, clockAt(monday + 2 * hour));
    expect(await found('okafor')).toEqual(['Amara Okafor-Ndiaye']);
  });

  it('finds imported contacts, which are written all at once', async () => {
    const file = manyContacts(30, monday);
    file.contacts[7]!.profile = { ...file.contacts[7]!.profile, name: 'Zoë Ångström' };
    value(await importData(db, JSON.stringify(file), true));
    expect(await found('zoe angstrom')).toEqual(['Zoë Ångström']);
    expect(value(await listContacts(db, { search: 'person' })).total).toBe(30);
  });
});

describe('lists stay in step with every write', () => {
  it('after a merging import, a slug change and a preview, each stage lists exactly the contacts saved there, found by their latest words', async () => {
    const file = manyContacts(60, monday);
    value(await importData(db, JSON.stringify(file), true));
    // The same people again, a few with newer notes and a new stage: merged, not added.
    const again = manyContacts(60, monday);
    for (const contact of again.contacts.slice(0, 10)) Object.assign(contact, { notes: `Now about ${contact.url}`, stage: 'met', updatedAt: monday + 5 * hour });
    value(await importData(db, JSON.stringify(again), true));
    // A preview changes nothing.
    value(await importData(db, JSON.stringify(manyContacts(90, monday + hour)), false));
    // One changes their slug: found at the new address only.
    const moved = file.contacts[20]!;
    const memberId = 'ACoAAmoved';
    value(await saveContact(db, { profile: { ...moved.profile, memberId } }, clockAt(monday + 6 * hour)));
    const renamed = profileOf('renamed-example', { memberId, name: 'Renamed Example' });
    value(await saveContact(db, { profile: renamed }, clockAt(monday + 7 * hour)));

    const contacts = await db.getAll('contacts');
    expect(contacts).toHaveLength(60);
    const lists = value(await listGroups(db, { queries: stages.map((stage) => ({ stage, limit: 100 })) }));
    stages.forEach((stage, index) => {
      // Touched last first; at the same moment, by address from the end.
      const newestFirst = (a: Contact, b: Contact) => b.updatedAt - a.updatedAt || (a.url < b.url ? 1 : -1);
      const expected = contacts.filter((contact) => contact.stage === stage).sort(newestFirst).map((contact) => contact.url);
      expect(lists[index]!.contacts.map((row) => row.url)).toEqual(expected);
      expect(lists[index]!.total).toBe(expected.length);
    });
    expect(value(await listContacts(db, { search: 'now about' })).total).toBe(10);
    expect(await found('renamed')).toEqual(['Renamed Example']);
    expect(value(await listContacts(db, { search: moved.url })).total).toBe(0);
    expect(value(await listContacts(db, { search: 'notes about person' })).total).toBe(50);
  });
});

describe('the whole dashboard in one request', () => {
  it('answers every list asked, in order, each with its exact count', async () => {
    value(await importData(db, JSON.stringify(manyContacts(25, monday)), true));
    const pages = value(
      await listGroups(db, {
        queries: [
          { stage: 'reached-out', limit: 2 },
          { stage: 'replied', search: 'person1' },
          { stage: 'met' },
          { search: 'PERSON2', limit: 3 },
        ],
      }),
    );
    expect(pages.map((page) => page.total)).toEqual([5, 2, 0, 6]);
    expect(pages[0]!.contacts).toHaveLength(2);
    expect(pages[0]!.contacts.every((row) => row.stage === 'reached-out')).toBe(true);
    // Every fifth person from the third has replied: of person1…, 12 and 17, the one touched last first.
    expect(pages[1]!.contacts.map((row) => row.name)).toEqual(['Person12 Example', 'Person17 Example']);
    expect(pages[3]!.contacts).toHaveLength(3);
    // The same answer one list at a time.
    expect(value(await listContacts(db, { stage: 'reached-out', limit: 2 }))).toEqual(pages[0]);
  });
});

describe('first messages for the "nearly the same" warning', () => {
  it('are the newest first messages, whoever was touched since, and follow a message changed', async () => {
    const amara = profileOf('amara-example');
    await saveContact(db, { profile: amara, message: { channel: 'message', body: 'Hi Amara, your talk…' } }, clockAt(monday));
    // Many contacts saved since without a message do not push Amara's out.
    for (let index = 0; index < 30; index++) await saveContact(db, { profile: profileOf(`quiet${index}-example`) }, clockAt(monday + hour + index));
    expect(value(await recentMessages(db, { limit: 5 }))).toEqual([{ who: 'Amara Example', body: 'Hi Amara, your talk…' }]);
    await saveContact(db, { profile: amara, message: { channel: 'message', body: 'Hi Amara, your post on pallets…' } }, clockAt(monday + 2 * hour));
    expect(value(await recentMessages(db, {}))).toEqual([{ who: 'Amara Example', body: 'Hi Amara, your post on pallets…' }]);
    expect(value(await recentMessages(db, { exceptUrl: amara.url }))).toEqual([]);
  });
});
