import type { ReadTransaction } from './database';
import type { Contact } from './records';

/**
 * A contact by address, or by LinkedIn member id when they changed their slug since, or by
 * an address they used to have.
 */
export async function findContact(
  tx: ReadTransaction,
  who: { url?: string; memberId?: string },
): Promise<Contact | undefined> {
  const contacts = tx.objectStore('contacts');
  if (who.url) {
    const byUrl = await contacts.get(who.url);
    if (byUrl) return byUrl;
  }
  if (who.memberId) {
    const byMember = await contacts.index('by-memberId').get(who.memberId);
    if (byMember) return byMember;
  }
  if (who.url) return contacts.index('by-formerUrl').get(who.url);
  return undefined;
}
