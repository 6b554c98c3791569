import { beforeEach, describe, expect, it } from 'vitest';
import { getContact, listContacts, recentMessages } from '@/utils/store/contacts/contact-queries';
import { changeStage, logInteraction, saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { listDue } from '@/utils/store/follow-ups/due-follow-ups';
import { clockAt, day, freshDatabase, hour, monday, profileOf, value } from './made-up';

let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
});

const amara = profileOf('amara-example', { memberId: 'ACoAAAmara' });
const pendingKinds = async (url: string) =>
  value(await getContact(db, { url }))!.followUps.filter((f) => f.state === 'pending').map((f) => f.kind);

describe('saving a contact', () => {
  it('saves a new contact at “reached out” with a check-in planned a week later', async () => {
    const contact = value(await saveContact(db, { profile: amara, message: { channel: 'message', subject: 'Hi', body: 'Hello' } }, clockAt(monday)));
    expect(contact.stage).toBe('reached-out');
    expect(contact.history).toEqual([{ kind: 'sent', at: monday }]);
    const view = value(await getContact(db, { url: amara.url }))!;
    expect(view.followUps.map((f) => [f.kind, f.dueAt, f.state])).toEqual([['check-in', monday + 7 * day, 'pending']]);
  });

  it('keeps both of two saves of different fields made at the same moment', async () => {
    await saveContact(db, { profile: amara }, clockAt(monday));
    await Promise.all([
      saveContact(db, { profile: amara, notes: 'Met at the data summit' }, clockAt(monday + 1)),
      saveContact(db, { profile: amara, takeaways: 'Start with one metric' }, clockAt(monday + 1)),
    ]);
    const { contact } = value(await getContact(db, { url: amara.url }))!;
    expect(contact.notes).toBe('Met at the data summit');
    expect(contact.takeaways).toBe('Start with one metric');
  });

  it('saving notes again does not reset the plan', async () => {
    await saveContact(db, { profile: amara }, clockAt(monday));
    await saveContact(db, { profile: amara, notes: 'Prefers email' }, clockAt(monday + 2 * day));
    const view = value(await getContact(db, { url: amara.url }))!;
    expect(view.followUps.map((f) => f.dueAt)).toEqual([monday + 7 * day]);
  });

  it('finds them again by member id after they changed their profile address, keeping their follow-ups', async () => {
    await saveContact(db, { profile: amara, notes: 'Kind reply' }, clockAt(monday));
    const renamed = profileOf('amara-okafor-pm', { memberId: 'ACoAAAmara' });
    const contact = value(await saveContact(db, { profile: renamed }, clockAt(monday + day)));
    expect(contact.url).toBe(renamed.url);
    expect(contact.formerUrls).toEqual([amara.url]);
    expect(contact.notes).toBe('Kind reply');
    expect(value(await listContacts(db, {})).total).toBe(1);
    expect(value(await getContact(db, { url: amara.url }))!.contact.url).toBe(renamed.url);
    expect(await pendingKinds(renamed.url)).toEqual(['check-in']);
  });
});

describe('logging what happened resets the plan', () => {
  beforeEach(async () => {
    await saveContact(db, { profile: amara }, clockAt(monday));
  });

  it('a reply replaces the check-in with proposing times', async () => {
    await logInteraction(db, { url: amara.url, kind: 'replied' }, clockAt(monday + 2 * day));
    expect(await pendingKinds(amara.url)).toEqual(['schedule-chat']);
  });

  it('a check-in logged by hand starts the 14 days to “move on” from that day', async () => {
    await logInteraction(db, { url: amara.url, kind: 'checked-in' }, clockAt(monday + 8 * day));
    const view = value(await getContact(db, { url: amara.url }))!;
    expect(view.contact.stage).toBe('checked-in');
    expect(view.followUps.filter((f) => f.state === 'pending').map((f) => f.dueAt)).toEqual([monday + 22 * day]);
    expect(view.followUps.find((f) => f.kind === 'check-in')?.state).toBe('cancelled');
  });

  it('a chat logged a day late gives a thank-you due at once', async () => {
    await logInteraction(db, { url: amara.url, kind: 'met', at: monday + 9 * day }, clockAt(monday + 10 * day));
    const due = value(await listDue(db, monday + 10 * day));
    expect(due.map((d) => [d.contact.name, d.followUp.kind])).toEqual([['Amara', 'thank-you']]);
  });

  it('a draft that was not sent leaves the plan alone', async () => {
    await logInteraction(db, { url: amara.url, kind: 'drafted' }, clockAt(monday + 3 * day));
    const view = value(await getContact(db, { url: amara.url }))!;
    expect(view.followUps.map((f) => [f.kind, f.dueAt, f.state])).toEqual([['check-in', monday + 7 * day, 'pending']]);
    expect(view.contact.history.map((h) => h.kind)).toEqual(['sent', 'drafted']);
  });

  it('keeps history in date order when an older interaction is logged later', async () => {
    await logInteraction(db, { url: amara.url, kind: 'met', at: monday + 5 * day }, clockAt(monday + 6 * day));
    await logInteraction(db, { url: amara.url, kind: 'replied', at: monday + 1 * day }, clockAt(monday + 6 * day));
    const { contact } = value(await getContact(db, { url: amara.url }))!;
    expect(contact.history.map((h) => h.kind)).toEqual(['sent', 'replied', 'met']);
  });

  it('a scheduled chat gets reminders the day before and an hour before', async () => {
    const meetingAt = monday + 3 * day + 5 * hour;
    await changeStage(db, { url: amara.url, stage: 'meeting-scheduled', meetingAt }, clockAt(monday + day));
    const view = value(await getContact(db, { url: amara.url }))!;
    const pending = view.followUps.filter((f) => f.state === 'pending');
    expect(pending.map((f) => [f.kind, f.dueAt])).toEqual([
      ['meeting-prep', meetingAt - day],
      ['meeting-prep', meetingAt - hour],
    ]);
    expect(view.contact.meetingAt).toBe(meetingAt);
  });

  it('closing a contact leaves nothing waiting', async () => {
    await changeStage(db, { url: amara.url, stage: 'closed-mismatch' }, clockAt(monday + day));
    expect(await pendingKinds(amara.url)).toEqual([]);
  });

  it('says in plain words when the contact was never saved', async () => {
    const outcome = await logInteraction(db, { url: 'https://www.linkedin.com/in/nobody-example/', kind: 'met' }, clockAt(monday));
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('No saved contact matches') });
  });
});

describe('listing contacts', () => {
  beforeEach(async () => {
    const people = ['amara-example', 'tomasz-example', 'kenji-example', 'lucia-example'];
    for (const [index, slug] of people.entries()) {
      await saveContact(db, { profile: profileOf(slug), notes: index === 2 ? 'Talked about data pipelines' : '' }, clockAt(monday + index * hour));
    }
    await changeStage(db, { url: profileOf('tomasz-example').url, stage: 'replied' }, clockAt(monday + 5 * hour));
  });

  it('shows the most recently touched first, a screen at a time', async () => {
    const page = value(await listContacts(db, { limit: 2, offset: 1 }));
    expect(page.total).toBe(4);
    expect(page.contacts.map((c) => c.name)).toEqual(['Lucia Example', 'Kenji Example']);
  });

  it('filters by stage', async () => {
    const page = value(await listContacts(db, { stage: 'replied' }));
    expect(page.contacts.map((c) => c.name)).toEqual(['Tomasz Example']);
  });

  it('pages through a stage newest first, people touched at the same moment included once each', async () => {
    const moments = [0, 0, 1, 1, 2, 0, 2];
    for (const [index, moment] of moments.entries()) {
      await saveContact(db, { profile: profileOf(`same${index}-example`) }, clockAt(monday + day + moment));
    }
    const everyone = value(await listContacts(db, { stage: 'reached-out', limit: 100 }));
    expect(everyone.total).toBe(10);
    const byRecency = [...everyone.contacts].sort((a, b) => b.updatedAt - a.updatedAt || (b.url < a.url ? -1 : 1));
    expect(everyone.contacts).toEqual(byRecency);
    const pages = [];
    for (let offset = 0; offset < 10; offset += 3) pages.push(...value(await listContacts(db, { stage: 'reached-out', offset, limit: 3 })).contacts);
    expect(pages).toEqual(everyone.contacts);
  });

  it('finds contacts by words in their name or in the notes', async () => {
    expect(value(await listContacts(db, { search: 'data PIPELINES' })).contacts.map((c) => c.name)).toEqual(['Kenji Example']);
    expect(value(await listContacts(db, { search: 'amara' })).total).toBe(1);
  });
});

describe('first messages saved for others', () => {
  it('lists whom each was for and its words, newest first, leaving out the contact being drafted for and those saved without one', async () => {
    await saveContact(db, { profile: amara, message: { channel: 'message', body: 'Hi Amara, your talk on pallets…' } }, clockAt(monday));
    await saveContact(db, { profile: profileOf('kenji-example') }, clockAt(monday + hour));
    await saveContact(db, { profile: profileOf('lucia-example'), message: { channel: 'connection-note', body: 'Hi Lucia, your post…' } }, clockAt(monday + 2 * hour));
    expect(value(await recentMessages(db, {}))).toEqual([
      { who: 'Lucia Example', body: 'Hi Lucia, your post…' },
      { who: 'Amara Example', body: 'Hi Amara, your talk on pallets…' },
    ]);
    expect(value(await recentMessages(db, { exceptUrl: amara.url })).map((message) => message.who)).toEqual(['Lucia Example']);
  });
});
