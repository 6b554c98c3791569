import { TZDate } from '@date-fns/tz';
import { beforeEach, describe, expect, it } from 'vitest';
import { getContact } from '@/utils/store/contacts/contact-queries';
import { logInteraction, saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { finishFollowUp } from '@/utils/store/follow-ups/follow-ups';
import { noticeReplies } from '@/utils/store/follow-ups/notice-replies';
import { notesThisMonth } from '@/utils/store/contacts/sent-notes';
import { day, freshDatabase, profileOf, value } from './made-up';

let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
});

const zone = 'Pacific/Auckland';
const clock = (now: number) => ({ now, timeZone: zone });
const local = (y: number, m: number, d: number, h = 10) => new TZDate(y, m - 1, d, h, 0, zone).getTime();
const note = { channel: 'connection-note' as const, body: 'Hello' };
const open = async (url: string) =>
  value(await getContact(db, { url }))!.followUps.filter((f) => f.state === 'pending' || f.state === 'snoozed');

describe('this month’s invitation notes', () => {
  it('counts the notes saved as sent since the 1st in Me’s zone, not messages, not last month’s', async () => {
    // 31 March 10:00 in Auckland is still March there, though it is 30 March in UTC.
    await saveContact(db, { profile: profileOf('march-one'), message: note }, clock(local(2026, 3, 31)));
    await saveContact(db, { profile: profileOf('april-one'), message: note }, clock(local(2026, 4, 1, 0)));
    await saveContact(db, { profile: profileOf('april-two'), message: note }, clock(local(2026, 4, 9)));
    await saveContact(db, { profile: profileOf('april-message'), message: { channel: 'message', body: 'Hi' } }, clock(local(2026, 4, 9)));
    // Touching March's contact in April does not make its note April's.
    await saveContact(db, { profile: profileOf('march-one'), notes: 'Follow her talks' }, clock(local(2026, 4, 10)));
    expect(value(await notesThisMonth(db, undefined, clock(local(2026, 4, 20))))).toBe(2);
    expect(value(await notesThisMonth(db, undefined, clock(local(2026, 5, 1, 0))))).toBe(0);
  });
});

describe('an invitation through to its end', () => {
  it('waits (they cannot read a check-in before they accept), suggests withdrawing it three weeks after it was sent; done closes the plan', async () => {
    const sent = local(2026, 4, 1);
    const { url } = value(await saveContact(db, { profile: profileOf('invited'), message: note }, clock(sent)));
    const [withdraw] = await open(url);
    expect([withdraw?.kind, withdraw?.dueAt]).toEqual(['withdraw-invitation', local(2026, 4, 22)]);
    await finishFollowUp(db, { id: withdraw!.id }, clock(local(2026, 4, 22)));
    expect(value(await getContact(db, { url }))!.contact.stage).toBe('closed-no-response');
    expect(await open(url)).toEqual([]);
  });

  it('a check-in sent another way (InMail, email) keeps the withdrawal three weeks after the invitation', async () => {
    const sent = local(2026, 4, 1);
    const { url } = value(await saveContact(db, { profile: profileOf('invited-twice'), message: note }, clock(sent)));
    value(await logInteraction(db, { url, kind: 'checked-in' }, clock(sent + 7 * day)));
    expect((await open(url)).map((f) => [f.kind, f.dueAt])).toEqual([['withdraw-invitation', local(2026, 4, 22)]]);
  });

  it('once accepted, the plan is a check-in a week after, and no withdrawal', async () => {
    const sent = local(2026, 4, 1);
    const { url } = value(await saveContact(db, { profile: profileOf('accepted'), message: note }, clock(sent)));
    value(await logInteraction(db, { url, kind: 'accepted' }, clock(local(2026, 4, 4))));
    const [checkIn] = await open(url);
    // Calendar days in Me's zone: Auckland leaves daylight saving on 5 April.
    expect([checkIn?.kind, checkIn?.dueAt]).toEqual(['check-in', local(2026, 4, 11)]);
    await finishFollowUp(db, { id: checkIn!.id }, clock(local(2026, 4, 11)));
    expect((await open(url)).map((f) => f.kind)).toEqual(['move-on']);
  });

  it('keeps "not now" with its day, forgets the day when they move on, and never nudges after a no', async () => {
    const sent = local(2026, 4, 1);
    const { url } = value(await saveContact(db, { profile: profileOf('paused'), message: note }, clock(sent)));
    const march = local(2027, 3, 1, 9);
    const paused = value(await logInteraction(db, { url, kind: 'not-now', pausedUntil: march }, clock(sent + day)));
    expect([paused.stage, paused.pausedUntil]).toEqual(['not-now', march]);
    expect((await open(url)).map((f) => [f.kind, f.dueAt])).toEqual([['check-in', march]]);
    const declined = value(await logInteraction(db, { url, kind: 'declined' }, clock(sent + 2 * day)));
    expect(declined.stage).toBe('declined');
    expect(declined.pausedUntil).toBeUndefined();
    expect(await open(url)).toEqual([]);
    // Logging a check-in by mistake does not reopen the plan.
    value(await logInteraction(db, { url, kind: 'checked-in' }, clock(sent + 3 * day)));
    expect(await open(url)).toEqual([]);
  });
});

describe('a reply seen in a conversation', () => {
  const thread = (url: string, lastFrom: 'them' | 'me', time?: string) => ({ with: url, lastFrom, day: 'Today', ...(time && { time }) });

  it('becomes one "log their reply" follow-up, due at once; nothing is logged, and seeing it again adds nothing', async () => {
    const saved = local(2026, 4, 9, 9);
    const { url } = value(await saveContact(db, { profile: profileOf('amara-reply'), message: note }, clock(saved)));
    const later = clock(local(2026, 4, 9, 15));
    expect(value(await noticeReplies(db, { threads: [thread(url, 'them', '2:14 PM')] }, later))).toBe(1);
    expect(value(await noticeReplies(db, { threads: [thread(url, 'them', '2:14 PM')] }, later))).toBe(0);
    const view = value(await getContact(db, { url }))!;
    expect(view.contact.history.map((entry) => entry.kind)).toEqual(['sent']);
    // The plan still waits: only the click on "Log it" replaces it.
    expect((await open(url)).map((f) => [f.kind, f.since]).sort()).toEqual([
      ['log-reply', new TZDate(2026, 3, 9, 14, 14, zone).getTime()],
      ['withdraw-invitation', saved],
    ]);
  });

  it('ignores my own last message, a reply from before the last step, strangers and "do not contact"', async () => {
    const saved = local(2026, 4, 9, 15);
    const { url } = value(await saveContact(db, { profile: profileOf('ruth-reply'), message: note }, clock(saved)));
    const { url: quiet } = value(await saveContact(db, { profile: profileOf('quiet-reply'), message: note }, clock(saved)));
    value(await logInteraction(db, { url: quiet, kind: 'do-not-contact' }, clock(saved)));
    const later = clock(local(2026, 4, 9, 18));
    const threads = [
      thread(url, 'me', '4:00 PM'),
      thread(url, 'them', '2:14 PM'),
      thread('https://www.linkedin.com/in/stranger/', 'them', '5:00 PM'),
      thread(quiet, 'them', '5:00 PM'),
    ];
    expect(value(await noticeReplies(db, { threads }, later))).toBe(0);
  });
});
