import { beforeEach, describe, expect, it } from 'vitest';
import { stages } from '@/utils/relationship/stages';
import { listContacts } from '@/utils/store/contacts/contact-queries';
import { changeStage, logInteraction, saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { eraseAll } from '@/utils/store/transfer/erase-all';
import { exportData } from '@/utils/store/transfer/export-data';
import { finishFollowUp } from '@/utils/store/follow-ups/follow-ups';
import { importData } from '@/utils/store/transfer/import-data';
import { clockAt, day, freshDatabase, manyContacts, monday, profileOf, value } from './made-up';

let db: Database;
/** Each stage's heading count as the dashboard shows it, and the contacts really at that stage. */
async function shownAndReal() {
  const { contacts } = value(await exportData(db, monday));
  const shown: Record<string, number> = {};
  const real: Record<string, number> = {};
  for (const stage of stages) {
    shown[stage] = value(await listContacts(db, { stage, limit: 1 })).total;
    real[stage] = contacts.filter((contact) => contact.stage === stage).length;
  }
  return { shown, real, all: value(await listContacts(db, { limit: 1 })).total, saved: contacts.length };
}

async function expectCountsRight() {
  const { shown, real, all, saved } = await shownAndReal();
  expect(shown).toEqual(real);
  expect(all).toBe(saved);
}

const amara = profileOf('amara-example', { memberId: 'ACoAAAmara' });
const tomasz = profileOf('tomasz-example');

beforeEach(async () => {
  db = await freshDatabase();
});

describe('the count of contacts per stage stays exact', () => {
  it('as contacts are saved, move on, change address, and are erased', async () => {
    await saveContact(db, { profile: amara }, clockAt(monday));
    await saveContact(db, { profile: tomasz, stage: 'replied' }, clockAt(monday));
    await expectCountsRight();
    await saveContact(db, { profile: amara, notes: 'Kind reply' }, clockAt(monday + day));
    await logInteraction(db, { url: amara.url, kind: 'replied' }, clockAt(monday + day));
    await changeStage(db, { url: tomasz.url, stage: 'met' }, clockAt(monday + day));
    await expectCountsRight();
    // LinkedIn slug change, with a stage change in the same save.
    await saveContact(db, { profile: profileOf('amara-okafor-pm', { memberId: 'ACoAAAmara' }), stage: 'meeting-scheduled' }, clockAt(monday + 2 * day));
    await expectCountsRight();
    const thankYou = (await db.getAll('followUps')).find((followUp) => followUp.kind === 'thank-you')!;
    await finishFollowUp(db, { id: thankYou.id }, clockAt(monday + 3 * day));
    const { shown } = await shownAndReal();
    expect(shown).toMatchObject({ thanked: 1, 'meeting-scheduled': 1, 'reached-out': 0, replied: 0, met: 0 });
    await expectCountsRight();
    await eraseAll(db);
    await expectCountsRight();
  });

  it('after an import of new people, a merge that moves someone on, and a preview that changes nothing', async () => {
    const file = manyContacts(30, monday);
    value(await importData(db, JSON.stringify(file), true));
    await expectCountsRight();
    const moved = { ...file.contacts[0]!, stage: 'ongoing' as const, updatedAt: monday + day };
    value(await importData(db, JSON.stringify({ ...file, contacts: [moved], followUps: [] }), true));
    await expectCountsRight();
    value(await importData(db, JSON.stringify(manyContacts(40, monday)), false));
    expect((await shownAndReal()).all).toBe(30);
  });
});
