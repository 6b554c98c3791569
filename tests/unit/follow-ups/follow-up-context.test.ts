import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { followUpContext } from '@/utils/follow-ups/follow-up-context';
import { profileOf } from '../outreach/people';
import { newContact } from '@/utils/store/contacts/contacts';
import type { Contact } from '@/utils/store/schema/records';

const profile: Profile = profileOf('amara-okafor', { name: 'Amara Okafor', firstName: 'Amara', location: 'Lagos, Nigeria' });

const contact: Contact = {
  ...newContact(profile, 1_690_000_000_000),
  stage: 'met',
  takeaways: '- how to frame a budget for a CFO\n\n2. ask for stretch work early\n',
  adviceReceived: ' connect with the data science team ',
  hook: { text: 'Scaling logistics platforms', source: 'Featured article' },
  message: { channel: 'connection-note', body: 'Hello Amara, …' },
  meetingAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

describe('followUpContext', () => {
  it('gives the follow-up drafts what the user kept about a contact', () => {
    const context = followUpContext(contact, 1_700_100_000_000, 20);
    expect(context.takeaways).toEqual(['how to frame a budget for a CFO', 'ask for stretch work early']);
    expect(context.advice).toBe('connect with the data science team');
    expect(context.whatITried).toBeUndefined();
    expect(context.hook?.text).toBe('Scaling logistics platforms');
    expect(context.outreach).toBe('Hello Amara, …');
    expect(context.theirTimeZone).toBe('Africa/Lagos');
    expect(context.askMinutes).toBe(20);
    expect(context.meetingAt).toBe(contact.meetingAt);
  });
});
