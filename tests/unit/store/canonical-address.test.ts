import { beforeEach, describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contact-queries';
import type { Database } from '@/utils/store/database';
import { importData } from '@/utils/store/import-data';
import { requestChecks } from '@/utils/messaging/request-checks';
import { storeText } from '@/utils/store/store-text';
import { freshDatabase, manyContacts, monday, value } from './made-up';

// One canonical form of a profile address in the store (the reader's), so one person is one
// contact however a file or a page spells the address (issue #19: an import with one profile
// twice, differing only in case or percent-encoding, added two contacts).
let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
});

const canonical = 'https://www.linkedin.com/in/person0-example/';

describe('one address per person', () => {
  it.each([
    ['case', 'https://www.linkedin.com/in/Person0-Example/'],
    ['percent-encoding', 'https://www.linkedin.com/in/person0%2Dexample/'],
    ['a trailing sub-page', 'https://www.linkedin.com/in/person0-example/details/experience/'],
  ])('refuses a file holding one person twice, differing only in %s, and imports nothing', async (_kind, spelled) => {
    const file = manyContacts(1, monday);
    const again = { ...file.contacts[0]!, url: spelled };
    const text = JSON.stringify({ ...file, contacts: [file.contacts[0], again] });
    expect(await importData(db, text, true)).toEqual({ ok: false, error: storeText.sameContactTwice(1, 2) });
    expect(value(await getContact(db, { url: canonical }))).toBeNull();
  });

  it('stores a contact imported under another spelling at its canonical address, found however it is asked for', async () => {
    const file = manyContacts(1, monday);
    const spelled = 'https://www.linkedin.com/in/PERSON0-EXAMPLE/';
    const text = JSON.stringify({ ...file, contacts: [{ ...file.contacts[0]!, url: spelled }], followUps: [{ ...file.followUps[0]!, contactUrl: spelled }] });
    value(await importData(db, text, true));
    expect(value(await getContact(db, { url: canonical }))?.contact.url).toBe(canonical);
    expect(value(await getContact(db, { url: canonical }))?.followUps).toHaveLength(1);
  });

  it('asks the store by the canonical address whatever spelling a page sends', () => {
    const asked = requestChecks.getContact({ url: 'https://uk.linkedin.com/in/Person0%2dExample/?trk=x' }, 'The request');
    expect(asked).toEqual({ ok: true, value: { url: canonical } });
  });
});
