import type { Clock } from '@/utils/relationship/clock';
import { monthStart, noteSentAt } from '@/utils/relationship/monthly-notes';
import type { Database } from '../schema/database';
import { failureOf, succeed, type Outcome } from '../schema/outcome';

/**
 * How many invitation notes were saved as sent this calendar month, in the clock's zone. A
 * contact whose note went out since the 1st was written since, so only those are read.
 */
export async function notesThisMonth(db: Database, _data: unknown, clock: Clock): Promise<Outcome<number>> {
  const since = monthStart(clock);
  try {
    const tx = db.transaction('contacts', 'readonly');
    let count = 0;
    let cursor = await tx.objectStore('contacts').index('by-updated').openCursor(IDBKeyRange.lowerBound(since));
    while (cursor) {
      const sentAt = noteSentAt(cursor.value);
      if (sentAt !== undefined && sentAt >= since) count++;
      cursor = await cursor.continue();
    }
    return succeed(count);
  } catch (error) {
    return failureOf(error);
  }
}
