import { describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { inTransaction } from '@/utils/store/schema/in-transaction';
import { failureOf } from '@/utils/store/schema/outcome';
import { freshDatabase, profileOf } from './made-up';
import { newContact } from '@/utils/store/contacts/contacts';

describe('when the browser refuses a write', () => {
  it('a full disk comes back as plain words, and the half-done write is rolled back', async () => {
    const db = await freshDatabase();
    const amara = profileOf('amara-example');
    const outcome = await inTransaction(db, async (tx) => {
      await tx.objectStore('contacts').put(newContact(amara, 0));
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(outcome).toEqual({
      ok: false,
      error: 'Your disk is full, so this was not saved. Everything saved before is kept. Free some disk space, then try again.',
      storage: true,
    });
    expect(await getContact(db, { url: amara.url })).toEqual({ ok: true, value: null });
  });

  it.each([
    ['AbortError', 'The transaction was aborted.', 'Your browser closed the database in the middle of saving, so this was not saved.'],
    ['UnknownError', 'Internal error committing transaction.', 'Your browser could not write to the extension’s database (it said: “Internal error committing transaction.”), so this was not saved.'],
    ['NotAllowedError', 'Storage is blocked.', 'Your browser refused to save this (it said: “Storage is blocked.”), so nothing was changed.'],
  ])('the browser’s %s says what really happened, and that what was saved before is kept', (name, detail, words) => {
    const outcome = failureOf(new DOMException(detail, name));
    expect(outcome).toMatchObject({ ok: false, storage: true });
    expect(!outcome.ok && outcome.error).toContain(words);
    expect(!outcome.ok && outcome.error).toContain('before is kept');
  });

  it('any other failure says that nothing was changed, and why', () => {
    expect(failureOf(new Error('disk I/O error'))).toEqual({ ok: false, error: 'Saving failed, and nothing was changed: disk I/O error' });
  });
});
