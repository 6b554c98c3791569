import { beforeEach, describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { eraseAll } from '@/utils/store/transfer/erase-all';
import { saveWords } from '@/utils/store/contacts/save-words';
import { storeText } from '@/utils/store/schema/store-text';
import { clockAt, freshDatabase, monday, profileOf, value } from './made-up';

// Words typed on a page are saved as themselves and checked against the version the page
// had (issue #19: stale pages wrote back whole profiles; erase did not hold).
let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
});

const amara = profileOf('amara-example', { memberId: 'ACoAAAmara', headline: 'Head of Platform' });
const stored = async (url = amara.url) => value(await getContact(db, { url }))?.contact;

describe('saving the words typed about a contact', () => {
  it('saves the notes alone: a newer profile saved since stays, and so does a new address', async () => {
    const loaded = value(await saveContact(db, { profile: amara }, clockAt(monday)));
    const moved = { ...amara, url: 'https://www.linkedin.com/in/amara-new/', slug: 'amara-new', headline: 'CTO' };
    await saveContact(db, { profile: moved }, clockAt(monday + 1));
    // The dashboard still has the contact as it loaded it: old address, old headline.
    const saved = value(await saveWords(db, { url: loaded.url, basedOn: loaded.updatedAt, changes: { notes: { was: '', now: 'Met at the summit' } } }, clockAt(monday + 2)));
    expect(saved).toMatchObject({ url: moved.url, notes: 'Met at the summit', profile: { headline: 'CTO' } });
    expect(await stored(amara.url)).toMatchObject({ url: moved.url, notes: 'Met at the summit' });
  });

  it('merges an edit based on an older version when its field was not changed since', async () => {
    const loaded = value(await saveContact(db, { profile: amara }, clockAt(monday)));
    await saveWords(db, { url: amara.url, basedOn: loaded.updatedAt, changes: { takeaways: { was: '', now: 'One metric' } } }, clockAt(monday + 1));
    const other = await saveWords(db, { url: amara.url, basedOn: loaded.updatedAt, changes: { notes: { was: '', now: 'Prefers email' } } }, clockAt(monday + 2));
    expect(other.ok).toBe(true);
    expect(await stored()).toMatchObject({ notes: 'Prefers email', takeaways: 'One metric' });
  });

  it('refuses an edit of words changed elsewhere since, and keeps those words', async () => {
    const loaded = value(await saveContact(db, { profile: amara }, clockAt(monday)));
    await saveWords(db, { url: amara.url, basedOn: loaded.updatedAt, changes: { notes: { was: '', now: 'From the first tab' } } }, clockAt(monday + 1));
    const late = await saveWords(db, { url: amara.url, basedOn: loaded.updatedAt, changes: { notes: { was: '', now: 'From the second tab' } } }, clockAt(monday + 2));
    expect(late).toEqual({ ok: false, error: storeText.changedElsewhere });
    expect(storeText.changedElsewhere).toMatch(/^Changed elsewhere: reload/);
    expect((await stored())?.notes).toBe('From the first tab');
  });

  it('never re-creates a contact that was erased, and says so', async () => {
    const loaded = value(await saveContact(db, { profile: amara }, clockAt(monday)));
    await eraseAll(db);
    const late = await saveWords(db, { url: amara.url, basedOn: loaded.updatedAt, changes: { notes: { was: '', now: 'typed before the erase' } } }, clockAt(monday + 1));
    expect(late).toEqual({ ok: false, error: storeText.contactGone });
    expect(await stored()).toBeUndefined();
  });

  it('gives every save a newer version, even within one millisecond', async () => {
    const loaded = value(await saveContact(db, { profile: amara }, clockAt(monday)));
    const saved = value(await saveWords(db, { url: amara.url, basedOn: loaded.updatedAt, changes: { notes: { was: '', now: 'x' } } }, clockAt(monday)));
    expect(saved.updatedAt).toBeGreaterThan(loaded.updatedAt);
  });
});
