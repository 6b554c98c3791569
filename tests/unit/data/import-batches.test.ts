import { describe, expect, it } from 'vitest';
import { addSummaries, importBatches } from '@/utils/data/import-batches';

const contact = (index: number) => ({ url: `https://www.linkedin.com/in/p${index}/`, formerUrls: [`https://www.linkedin.com/in/old${index}/`] });
const file = (count: number) => ({
  format: 'mentor-outreach',
  version: 1,
  exportedAt: 1,
  settings: { me: { name: 'Sam' } },
  contacts: Array.from({ length: count }, (_, index) => contact(index)),
  followUps: [
    { contactUrl: 'https://www.linkedin.com/in/p4/', kind: 'check-in' },
    { contactUrl: 'https://www.linkedin.com/in/old1/', kind: 'check-in' },
  ],
});

describe('an import cut into batches', () => {
  it('keeps every contact once, in order, each follow-up with its contact, and the settings with the first', () => {
    const { batches, contacts } = importBatches(JSON.stringify(file(5)), 2);
    expect(contacts).toBe(5);
    const parsed = batches.map((batch) => JSON.parse(batch) as ReturnType<typeof file>);
    expect(parsed.map((batch) => batch.contacts.length)).toEqual([2, 2, 1]);
    expect(parsed.flatMap((batch) => batch.contacts)).toEqual(file(5).contacts);
    expect(parsed.map((batch) => batch.followUps.map((item) => item.contactUrl))).toEqual([
      ['https://www.linkedin.com/in/old1/'],
      [],
      ['https://www.linkedin.com/in/p4/'],
    ]);
    expect(parsed.map((batch) => batch.settings)).toEqual([{ me: { name: 'Sam' } }, undefined, undefined]);
    expect(parsed.every((batch) => batch.format === 'mentor-outreach' && batch.version === 1)).toBe(true);
  });

  it('cuts by characters too: a few long contacts never make a batch longer than a message page, one longer goes alone', () => {
    const long = { ...file(3), contacts: file(3).contacts.map((one, index) => ({ ...one, notes: 'x'.repeat(index === 1 ? 500 : 100) })) };
    const { batches } = importBatches(JSON.stringify(long), 1000, 300);
    const parsed = batches.map((batch) => JSON.parse(batch) as ReturnType<typeof file>);
    expect(parsed.map((batch) => batch.contacts.length)).toEqual([1, 1, 1]);
    expect(parsed.flatMap((batch) => batch.contacts)).toEqual(long.contacts);
    expect(parsed.flatMap((batch) => batch.followUps)).toHaveLength(2);
  });

  it.each([
    ['a small file', JSON.stringify(file(2))],
    ['text that is not JSON', '{"contacts": ['],
    ['JSON that is not an export', '[1, 2, 3]'],
  ])('leaves %s whole, for the worker to take or refuse', (_what, text) => {
    expect(importBatches(text, 2).batches).toEqual([text]);
  });

  it('adds up what the batches did', () => {
    const one = { contacts: 2, newContacts: 1, mergedContacts: 1, followUpsAdded: 3, settingsTaken: true };
    const two = { contacts: 1, newContacts: 1, mergedContacts: 0, followUpsAdded: 0, settingsTaken: false };
    expect(addSummaries([one, two])).toEqual({ contacts: 3, newContacts: 2, mergedContacts: 1, followUpsAdded: 3, settingsTaken: true });
  });
});
