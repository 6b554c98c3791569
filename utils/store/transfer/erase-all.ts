import { allStores, type Database } from '../schema/database';
import { inTransaction } from '../schema/in-transaction';
import { succeed, type Outcome } from '../schema/outcome';

/** Erases every contact, follow-up and setting in one transaction: all gone, or nothing touched. */
export function eraseAll(db: Database): Promise<Outcome<{ contacts: number; followUps: number }>> {
  return inTransaction(db, async (tx) => {
    const contacts = await tx.objectStore('contacts').count();
    const followUps = await tx.objectStore('followUps').count();
    await Promise.all(allStores.map((store) => tx.objectStore(store).clear()));
    return succeed({ contacts, followUps });
  });
}
