import { describe, expect, it } from 'vitest';
import { nextStep } from '@/utils/follow-ups/next-step';
import { readMe } from '@/utils/outreach/me';
import type { ContactView } from '@/utils/store/contacts/contact-queries';
import { newContact } from '@/utils/store/contacts/contacts';
import type { Contact, FollowUp } from '@/utils/store/schema/records';
import { profileOf } from '../outreach/people';

const now = Date.UTC(2026, 4, 4, 8);
const day = 86_400_000;
const me = readMe({ name: 'Sam Lee', timeZone: 'Europe/Berlin', askMinutes: 20 });

function viewOf(contact: Partial<Contact>, followUps: Partial<FollowUp>[] = []): ContactView {
  const url = 'https://www.linkedin.com/in/hana-sato-demo/';
  return {
    contact: {
      ...newContact(profileOf('hana-sato-demo', { name: 'Hana Sato', firstName: 'Hana' }), now - 30 * day),
      stage: 'met',
      updatedAt: now,
      ...contact,
    },
    followUps: followUps.map((followUp, index) => ({ id: index + 1, contactUrl: url, kind: 'thank-you', dueAt: now, state: 'pending', since: now - day, ...followUp })),
  };
}

describe('the next step the dashboard offers for a contact', () => {
  it('drafts the thank-you naming the takeaways typed in the notes', () => {
    const step = nextStep(viewOf({ takeaways: '- framing a budget for finance\n- pairing with the data team' }, [{}]), me, now);
    expect(step?.kind).toBe('thank-you');
    expect(step?.draft.body).toContain('framing a budget for finance and pairing with the data team');
    expect(step?.draft.body).toContain('Sam Lee');
  });

  it('takes the earliest open follow-up, not a done or later one', () => {
    const step = nextStep(
      viewOf({ stage: 'thanked', adviceReceived: 'connect with the data science team', whatITried: 'set up a meeting with them' }, [
        { kind: 'thank-you', state: 'done', dueAt: now - 60 * day },
        { kind: 'keep-in-touch', dueAt: now + 90 * day },
        { kind: 'progress-update', state: 'snoozed', dueAt: now + day },
      ]),
      me,
      now,
    );
    expect(step?.followUp?.kind).toBe('progress-update');
    expect(step?.draft.body).toContain('Following your advice to connect with the data science team, I set up a meeting with them.');
  });

  it('offers the guide’s gracious closing for a mismatch, with nothing to snooze', () => {
    const step = nextStep(viewOf({ stage: 'closed-mismatch' }), me, now);
    expect(step?.kind).toBe('mismatch');
    expect(step?.followUp).toBeUndefined();
    expect(step?.draft.body).toContain('Thank you so much for your initial guidance');
  });

  it('offers nothing for a contact closed for no response', () => {
    expect(nextStep(viewOf({ stage: 'closed-no-response' }), me, now)).toBeUndefined();
  });
});
