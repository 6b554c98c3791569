import { beforeEach, describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contacts/contact-queries';
import type { Database } from '@/utils/store/schema/database';
import { importData } from '@/utils/store/transfer/import-data';
import { requestChecks } from '@/utils/messaging/request-checks';
import { storeText } from '@/utils/store/schema/store-text';
import { answerRequest } from '@/entrypoints/background/answer-request';
import { profileUrl, profileUrlText } from '@/utils/linkedin/profile-url';
import type { WorkerRequest } from '@/utils/messaging/messages';
import { freshDatabase, manyContacts, monday, profileOf, value } from './made-up';

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

// Issue #15: what the reader reads, the worker saves, under the one canonical address.
describe('every address the reader reads can be saved, and no other', () => {
  const clock = { now: monday, timeZone: 'Europe/Berlin' };
  const ask = (type: WorkerRequest, data: unknown) => answerRequest(() => Promise.resolve(db), type, data, clock);
  // A real-length Arabic vanity name: 40 letters, 240 characters once percent-encoded.
  const arabic = 'عبد-الرحمن-بن-عبد-العزيز-الحسيني-المصري';
  const arabicUrl = `https://www.linkedin.com/in/${encodeURIComponent(arabic)}/`;
  const longMemberId = `ACoAA${'Bx7_q'.repeat(59)}`;

  it.each([
    ['an Arabic vanity address as the page shows it', `https://www.linkedin.com/in/${arabic}/`, arabicUrl, undefined],
    ['an Arabic vanity address percent-encoded', arabicUrl, arabicUrl, undefined],
    ['an Arabic vanity address with a sub-page and lower-case encoding', `https://ae.linkedin.com/in/${encodeURIComponent(arabic).toLowerCase()}/details/experience/`, arabicUrl, undefined],
    ['a 300-character member id (address and id)', `https://www.linkedin.com/in/${longMemberId}/`, `https://www.linkedin.com/in/${longMemberId}/`, longMemberId],
    ['a 300-character member id beside a vanity address', 'https://www.linkedin.com/in/farah-example/', 'https://www.linkedin.com/in/farah-example/', longMemberId],
  ])('saves %s, keyed by its canonical address, and finds it however it is spelled', async (_kind, read, canonicalUrl, memberId) => {
    const id = profileUrl(read);
    expect(id.ok).toBe(true);
    const profile = profileOf('farah-example', { url: read, slug: id.ok ? id.slug : '', ...(memberId && { memberId }) });
    const saved = await ask('saveContact', { profile });
    expect(saved).toMatchObject({ ok: true, value: { url: canonicalUrl, profile: { url: canonicalUrl } } });
    expect(await ask('getContact', { url: read })).toMatchObject({ ok: true, value: { contact: { url: canonicalUrl } } });
    if (memberId) expect(await ask('getContact', { memberId })).toMatchObject({ ok: true, value: { contact: { url: canonicalUrl, memberId } } });
  });

  it.each([
    ['dot steps', 'https://www.linkedin.com/in/farah-example/../amara-example/', profileUrlText.dotSegments],
    ['encoded dot steps', 'https://www.linkedin.com/in/farah-example/%2e%2e/amara-example/', profileUrlText.dotSegments],
    ['a name encoded twice', 'https://www.linkedin.com/in/farah%2520example/', profileUrlText.badEncoding],
    ['a name no page has', `https://www.linkedin.com/in/${'a'.repeat(1_001)}/`, profileUrlText.tooLong],
  ])('refuses an address with %s at once, saying why, and saves nothing', async (_kind, url, reason) => {
    const profile = profileOf('farah-example', { url });
    const reply = await ask('saveContact', { profile });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(reason.charAt(0).toLowerCase() + reason.slice(1)) });
    expect(await ask('getContact', { url: 'https://www.linkedin.com/in/amara-example/' })).toEqual({ ok: true, value: null });
    expect(await ask('getContact', { url: 'https://www.linkedin.com/in/farah-example/' })).toEqual({ ok: true, value: null });
  });

  it('keeps a profile’s slug its address’s, so the two never name different people', async () => {
    const profile = profileOf('farah-example', { url: 'https://www.linkedin.com/in/Farah-Example/', slug: 'amara-example' });
    expect(await ask('saveContact', { profile })).toMatchObject({ ok: true, value: { profile: { slug: 'farah-example' } } });
  });

  it('refuses an imported contact whose key and profile address name different people', async () => {
    const file = manyContacts(1, monday);
    const other = { ...file.contacts[0]!, profile: { ...file.contacts[0]!.profile, url: 'https://www.linkedin.com/in/someone-else/' } };
    const reply = await importData(db, JSON.stringify({ ...file, contacts: [other] }), true);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/one contact has one address/) });
    expect(value(await getContact(db, { url: canonical }))).toBeNull();
  });
});
