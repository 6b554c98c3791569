import { beforeEach, describe, expect, it } from 'vitest';
import { planContactChange } from '@/utils/store/transfer/linkedin-export-plan';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { logInteraction, newContact, saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { importLinkedInExport } from '@/utils/store/transfer/linkedin-export';
import { exportData } from '@/utils/store/transfer/export-data';
import { importData } from '@/utils/store/transfer/import-data';
import { clockAt, day, freshDatabase, profileOf, value } from '../store/made-up';

const sent = Date.UTC(2026, 10, 10, 9);
const note = { channel: 'connection-note' as const, body: 'Hello' };
const connected = Date.UTC(2026, 10, 14, 12);
const theyWrote = Date.UTC(2026, 10, 20, 8);

describe('planning what the export changes for a saved contact', () => {
  const invited = { ...newContact(profileOf('amara-okafor'), sent), message: note, history: [{ kind: 'sent' as const, at: sent }] };

  it('keeps the connection date and offers “they accepted” while the invitation waits; offers a reply after the last step', () => {
    const change = planContactChange(invited, { url: invited.url, connectedAt: connected, messages: { count: 2, lastFrom: 'them', lastAt: theyWrote, theirLastAt: theyWrote } }, sent + 20 * day);
    expect(change).toMatchObject({ connectionDate: true, messages: 2, acceptedAt: connected, replyAt: theyWrote });
    expect(change!.contact).toMatchObject({ connectedAt: connected, linkedInMessages: { lastFrom: 'them', lastAt: theyWrote }, stage: 'reached-out', history: invited.history });
  });

  it('never dates an acceptance before the invitation: connected the same day, after the note went that afternoon', () => {
    const sentAfternoon = Date.UTC(2026, 10, 14, 16);
    const sameDay = { ...invited, createdAt: sentAfternoon, history: [{ kind: 'sent' as const, at: sentAfternoon }] };
    const change = planContactChange(sameDay, { url: invited.url, connectedAt: connected }, sentAfternoon + day);
    expect(change?.acceptedAt).toBe(sentAfternoon);
  });

  it('offers nothing they already answered: a reply before the last logged step, an acceptance already logged', () => {
    const answered = { ...invited, history: [...invited.history, { kind: 'accepted' as const, at: connected }, { kind: 'replied' as const, at: theyWrote + day }] };
    const change = planContactChange(answered, { url: invited.url, connectedAt: connected, messages: { count: 2, lastFrom: 'them', lastAt: theyWrote, theirLastAt: theyWrote } }, sent + 30 * day);
    expect(change?.connectionDate).toBe(true);
    expect(change?.acceptedAt).toBeUndefined();
    expect(change?.replyAt).toBeUndefined();
  });

  it('does not call an old connection an acceptance, nor a message of mine a reply', () => {
    const change = planContactChange(invited, { url: invited.url, connectedAt: Date.UTC(2024, 0, 5, 12), messages: { count: 1, lastFrom: 'me', lastAt: theyWrote } }, sent + 20 * day);
    expect(change?.acceptedAt).toBeUndefined();
    expect(change?.replyAt).toBeUndefined();
  });

  it('changes nothing when the export tells nothing new (the same file again)', () => {
    const known = { ...invited, connectedAt: connected, linkedInMessages: { count: 2, lastFrom: 'them' as const, lastAt: theyWrote, theirLastAt: theyWrote } };
    expect(planContactChange(known, { url: invited.url, connectedAt: connected, messages: { count: 2, lastFrom: 'them', lastAt: theyWrote, theirLastAt: theyWrote } }, sent + 20 * day)).toBeUndefined();
  });
});

describe('applying LinkedIn’s export to the store', () => {
  let db: Database;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  const saveInvited = async (slug: string) => value(await saveContact(db, { profile: profileOf(slug), message: note }, clockAt(sent)));
  const people = () => [
    { url: 'https://www.linkedin.com/in/amara-okafor/', connectedAt: connected, messages: { count: 2, lastFrom: 'them' as const, lastAt: theyWrote, theirLastAt: theyWrote } },
    { url: 'https://www.linkedin.com/in/ACoAAKenji123/', memberId: 'ACoAAKenji123', connectedAt: connected },
    { url: 'https://www.linkedin.com/in/stranger-one/', connectedAt: connected },
    { url: 'https://www.linkedin.com/in/stranger-two/', messages: { count: 1, lastFrom: 'me' as const, lastAt: theyWrote } },
  ];

  it('previews without changing anything, then applies: dates kept, the reply offered as a follow-up, nobody added, nothing logged', async () => {
    const amara = await saveInvited('amara-okafor');
    value(await saveContact(db, { profile: profileOf('kenji-watanabe', { memberId: 'ACoAAKenji123' }), message: { channel: 'message', body: 'Hi' } }, clockAt(sent)));
    const now = clockAt(sent + 15 * day);

    const preview = value(await importLinkedInExport(db, { people: people(), apply: false }, now));
    expect(preview).toMatchObject({ matched: 2, connectionDates: 2, messages: 2, replies: 1, accepted: 1, notSavedConnections: 1, notSavedConversations: 1 });
    expect(value(await getContact(db, { url: amara.url }))!.contact.connectedAt).toBeUndefined();
    expect(value(await exportData(db, now.now)).followUps.map((f) => f.kind).sort()).toEqual(['check-in', 'withdraw-invitation']);

    const applied = value(await importLinkedInExport(db, { people: people(), apply: true }, now));
    expect(applied.changes.map((change) => [change.name, change.replyAt, change.acceptedAt])).toEqual([
      ['Amara Example', theyWrote, connected],
      ['Kenji Example', undefined, undefined],
    ]);
    const view = value(await getContact(db, { url: amara.url }))!;
    expect(view.contact).toMatchObject({ stage: 'reached-out', connectedAt: connected, linkedInMessages: { lastFrom: 'them', lastAt: theyWrote } });
    expect(view.contact.history.map((entry) => entry.kind)).toEqual(['sent']);
    expect(view.followUps.filter((f) => f.state === 'pending').map((f) => [f.kind, f.since])).toContainEqual(['log-reply', theyWrote]);
    expect(value(await getContact(db, { url: 'https://www.linkedin.com/in/kenji-watanabe/' }))!.contact.connectedAt).toBe(connected);
    expect(value(await getContact(db, { url: 'https://www.linkedin.com/in/stranger-one/' }))).toBeNull();

    // The same export again changes nothing and offers nothing twice.
    const again = value(await importLinkedInExport(db, { people: people(), apply: true }, now));
    expect(again).toMatchObject({ matched: 2, connectionDates: 0, replies: 0, changes: [] });

    // Logging the offered reply (the user's click) replaces it with the next step.
    value(await logInteraction(db, { url: amara.url, kind: 'replied', at: theyWrote }, now));
    const after = value(await getContact(db, { url: amara.url }))!;
    expect(after.followUps.filter((f) => f.state === 'pending').map((f) => f.kind)).toEqual(['schedule-chat']);
  });

  it('is all or nothing: a write refused halfway leaves every contact as it was', async () => {
    const amara = await saveInvited('amara-okafor');
    const kenji = await saveInvited('kenji-watanabe');
    const before = value(await exportData(db, sent));
    // The second contact's write fails (as a full disk would).
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'contacts' && ++writes === 2) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const outcome = await importLinkedInExport(db, { people: [{ url: amara.url, connectedAt: connected }, { url: kenji.url, connectedAt: connected }], apply: true }, clockAt(sent + day));
      expect(outcome.ok).toBe(false);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(value(await exportData(db, sent))).toEqual(before);
  });

  it('keeps what the export told through an export and import of our own file', async () => {
    const amara = await saveInvited('amara-okafor');
    value(await importLinkedInExport(db, { people: people(), apply: true }, clockAt(sent + 15 * day)));
    const file = value(await exportData(db, sent + 16 * day));
    const other = await freshDatabase();
    value(await importData(other, JSON.stringify(file), true));
    expect(value(await getContact(other, { url: amara.url }))!.contact).toMatchObject({ connectedAt: connected, linkedInMessages: { theirLastAt: theyWrote } });
  });
});
