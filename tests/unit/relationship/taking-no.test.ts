import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { firstChannel } from '@/utils/outreach/channels';
import { acceptedSinceLastLook, invitedAt } from '@/utils/relationship/invitation';
import { nudgeFor, nudgeText } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';
import { invitationWaitDays, planFollowUps } from '@/utils/relationship/plan-follow-ups';
import { defaultPlanSettings } from '@/utils/relationship/plan-settings';
import type { Contact, Interaction } from '@/utils/store/schema/records';

const zone = 'Europe/Berlin';
const day = 86_400_000;
const at = (y: number, m: number, d: number, h = 10) => new TZDate(y, m - 1, d, h, 0, zone).getTime();
const sentAt = at(2026, 5, 4);

function contact(stage: Contact['stage'], channel: 'connection-note' | 'message' | undefined, history: Interaction[] = []) {
  return {
    stage,
    createdAt: sentAt,
    history: [{ kind: 'sent' as const, at: sentAt }, ...history],
    ...(channel && { message: { channel, body: 'Hello' } }),
  };
}

describe('an invitation they accepted', () => {
  it('is offered when the profile shows 1st degree while we wait on our invitation', () => {
    expect(acceptedSinceLastLook(contact('reached-out', 'connection-note'), 'first-degree')).toBe(true);
    expect(acceptedSinceLastLook(contact('checked-in', 'connection-note'), 'first-degree')).toBe(true);
  });

  it('is not offered while pending, once logged, after a reply, or when we messaged a connection', () => {
    expect(acceptedSinceLastLook(contact('reached-out', 'connection-note'), 'pending')).toBe(false);
    expect(acceptedSinceLastLook(contact('reached-out', 'connection-note'), undefined)).toBe(false);
    expect(acceptedSinceLastLook(contact('reached-out', 'connection-note', [{ kind: 'accepted', at: sentAt + day }]), 'first-degree')).toBe(false);
    expect(acceptedSinceLastLook(contact('replied', 'connection-note'), 'first-degree')).toBe(false);
    expect(acceptedSinceLastLook(contact('reached-out', 'message'), 'first-degree')).toBe(false);
  });

  it('is offered when LinkedIn’s data export says you connected on the day of the invitation or after, on any page', () => {
    const noon = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 12);
    // Sent at 10:00 in Berlin on 4 May; the export gives only the day.
    expect(acceptedSinceLastLook({ ...contact('reached-out', 'connection-note'), connectedAt: noon(2026, 5, 4) }, undefined)).toBe(true);
    expect(acceptedSinceLastLook({ ...contact('checked-in', 'connection-note'), connectedAt: noon(2026, 5, 20) }, 'pending')).toBe(true);
    // Connected long before: not an answer to this invitation.
    expect(acceptedSinceLastLook({ ...contact('reached-out', 'connection-note'), connectedAt: noon(2025, 1, 10) }, undefined)).toBe(false);
    expect(acceptedSinceLastLook({ ...contact('reached-out', 'connection-note', [{ kind: 'accepted', at: sentAt + day }]), connectedAt: noon(2026, 5, 5) }, undefined)).toBe(false);
  });

  it('turns the first message into a message: no note, no InMail credit for a connection', () => {
    expect(firstChannel('first-degree')).toBe('message');
    expect(firstChannel('not-connected')).toBe('connection-note');
    expect(firstChannel(undefined)).toBe('connection-note');
  });
});

describe('an invitation left pending', () => {
  it('is waited on from the day it was sent, until accepted or answered', () => {
    expect(invitedAt(contact('checked-in', 'connection-note'))).toBe(sentAt);
    expect(invitedAt(contact('checked-in', 'connection-note', [{ kind: 'accepted', at: sentAt + day }]))).toBeUndefined();
    expect(invitedAt(contact('checked-in', 'message'))).toBeUndefined();
  });

  it('plans no check-in while it waits (they cannot read one): only the withdrawal, three weeks after it was sent', () => {
    expect(planFollowUps({ stage: 'reached-out', at: sentAt, invitedAt: sentAt }, sentAt, zone, defaultPlanSettings)).toEqual([
      { kind: 'withdraw-invitation', dueAt: at(2026, 5, 4 + invitationWaitDays) },
    ]);
    // A message to a connection (no invitation) still gets its check-in after a week.
    expect(planFollowUps({ stage: 'reached-out', at: sentAt }, sentAt, zone, defaultPlanSettings)).toEqual([{ kind: 'check-in', dueAt: at(2026, 5, 11) }]);
  });

  it('after a check-in sent another way, asks to withdraw it three weeks after it was sent, not to move on', () => {
    const checkedIn = sentAt + 7 * day;
    const planned = planFollowUps({ stage: 'checked-in', at: checkedIn, invitedAt: sentAt }, checkedIn, zone, defaultPlanSettings);
    expect(planned).toEqual([{ kind: 'withdraw-invitation', dueAt: at(2026, 5, 4 + invitationWaitDays) }]);
    // A check-in logged after three weeks: the suggestion comes at once.
    const late = sentAt + 30 * day;
    expect(planFollowUps({ stage: 'checked-in', at: late, invitedAt: sentAt }, late, zone, defaultPlanSettings)).toEqual([
      { kind: 'withdraw-invitation', dueAt: late },
    ]);
  });

  it('is named in the nudge in the guide’s words: withdraw it yourself, then move on', () => {
    const text = nudgeText([nudgeFor('Amara', { kind: 'withdraw-invitation', since: sentAt })], { now: sentAt + 21 * day, timeZone: zone }, nudgeWords);
    expect(text.title).toBe('Withdraw the invitation?');
    expect(text.message).toBe('Consider withdrawing your invitation to Amara on LinkedIn and moving on: you sent it 3 weeks ago.');
  });
});

describe('taking no for an answer', () => {
  it('plans nothing after "declined" or "do not contact", and one check-in on the day "not now" named', () => {
    const now = sentAt + day;
    expect(planFollowUps({ stage: 'declined', at: now }, now, zone, defaultPlanSettings)).toEqual([]);
    expect(planFollowUps({ stage: 'do-not-contact', at: now }, now, zone, defaultPlanSettings)).toEqual([]);
    const march = at(2027, 3, 1, 9);
    expect(planFollowUps({ stage: 'not-now', at: now, pausedUntil: march }, now, zone, defaultPlanSettings)).toEqual([
      { kind: 'check-in', dueAt: march },
    ]);
    expect(planFollowUps({ stage: 'not-now', at: now }, now, zone, defaultPlanSettings)).toEqual([]);
  });
});
