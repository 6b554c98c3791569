import { describe, expect, it } from 'vitest';
import { listContacts } from '@/utils/store/contacts/contact-queries';
import { countDue, listDue } from '@/utils/store/follow-ups/due-follow-ups';
import { exportData } from '@/utils/store/transfer/export-data';
import { importData } from '@/utils/store/transfer/import-data';
import { freshDatabase, manyContacts, monday } from './made-up';

describe('10,000 contacts', () => {
  it('import whole, list their first screen, and give back the due list from the index', async () => {
    const db = await freshDatabase();
    const file = manyContacts(10_000, monday);
    const text = JSON.stringify(file);
    expect(text.length).toBeGreaterThan(10_000_000);

    const imported = await importData(db, text, true);
    expect(imported).toMatchObject({ ok: true, value: { newContacts: 10_000, followUpsAdded: 10_000 } });

    const screen = await listContacts(db, { limit: 50 });
    expect(screen.ok && screen.value.total).toBe(10_000);
    expect(screen.ok && screen.value.contacts).toHaveLength(50);

    const due = await listDue(db, monday);
    const expectedDue = file.followUps.filter((followUp) => followUp.dueAt <= monday).length;
    expect(due.ok && due.value.length).toBe(expectedDue);
    expect(await countDue(db, monday)).toBe(expectedDue);

    const again = await exportData(db, monday);
    expect(again.ok && again.value.contacts).toHaveLength(10_000);
  }, 120_000);
});
