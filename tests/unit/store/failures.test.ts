import { describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contact-queries';
import { inTransaction } from '@/utils/store/in-transaction';
import { failureOf } from '@/utils/store/outcome';
import { freshDatabase, profileOf } from './made-up';
import { newContact } from '@/utils/store/contacts';

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
      error: 'Your browser has no room left to save this. Export your data, free some disk space, then try again.',
    });
    expect(await getContact(db, { url: amara.url })).toEqual({ ok: true, value: null });
  });

  it('any other failure says that nothing was changed, and why', () => {
    expect(failureOf(new Error('disk I/O error'))).toEqual({ ok: false, error: 'Saving failed, and nothing was changed: disk I/O error' });
  });
});
