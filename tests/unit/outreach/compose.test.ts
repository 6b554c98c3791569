import { describe, expect, it } from 'vitest';
import { type Channel, channels } from '@/utils/outreach/channels';
import { assemble, compose } from '@/utils/outreach/compose';
import { customHook, findHooks } from '@/utils/outreach/hooks';
import type { Me } from '@/utils/outreach/me';
import { mes, people } from './people';

const accounts = ['free', 'premium'] as const;
const table = Object.entries(people).flatMap(([who, profile]) =>
  Object.entries(mes).flatMap(([me, settings]) =>
    accounts.flatMap((account) => channels.map((channel) => ({ who, profile, me, settings: { ...settings, account } as Me, channel }))),
  ),
);

describe('compose over made-up profiles, settings, accounts and channels', () => {
  it.each(table)('$who, me: $me, $settings.account, $channel: fits, greets, asks small, never for mentorship', ({ profile, settings, channel }) => {
    const draft = compose(profile, settings, { channel });
    expect(draft.length).toBe(draft.body.length);
    expect(draft.length).toBeLessThanOrEqual(draft.limit.body);
    expect(draft.body).toMatch(/^(Hi|Dear) \S.*,|^Hello,/);
    expect(draft.body).toMatch(new RegExp(`\\b${settings.askMinutes}-minute`));
    expect(draft.body).not.toMatch(/mentor/i);
    expect(draft.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(draft.subject === undefined).toBe(channel === 'connection-note');
  });
});

describe('compose', () => {
  const amara = people.rich!;
  const sam = mes.full!;

  it('cites the best hook of theirs by default: a featured article before a post or a role', () => {
    const draft = compose(amara, sam, { channel: 'inmail' });
    expect(draft.parts.opening).toBe('Dear Amara,\n\nI was inspired by your article "From engineer to product lead: what I wish I had known".');
    expect(draft.subject).toBe('A question about your article "From engineer to product lead: what I wish I had known"');
  });

  it('keeps the five parts apart, and the message is those parts in order', () => {
    const draft = compose(amara, sam, { channel: 'email' });
    expect(draft.parts.introduction).toMatch(/^I'm Sam Lee, a junior product analyst at Northwind Logistics/);
    expect(draft.parts.introduction).toContain('your experience as VP Product at Kestrel Pay');
    expect(draft.parts.ask).toContain('two or three specific questions about moving from engineering into product');
    expect(draft.parts.close).toMatch(/work around your schedule\. Thank you for considering my request\.\n\nBest regards,\nSam Lee$/);
    expect(draft.body).toBe([draft.parts.opening, draft.parts.introduction, draft.parts.ask, draft.parts.close].join('\n\n'));
  });

  it('cites a hook the user typed in, word for word', () => {
    const hook = customHook('your keynote on sustainable supply chains at the Global Logistics Summit');
    const draft = compose(people.talk!, sam, { channel: 'message', hook });
    expect(draft.body).toContain('I was inspired by your keynote on sustainable supply chains at the Global Logistics Summit.');
    expect(draft.findings).toEqual([]);
  });

  it('uses a typed sentence as the whole opening', () => {
    const draft = compose(people.talk!, sam, { channel: 'inmail', hook: customHook('I heard your talk in Oslo last week') });
    expect(draft.parts.opening).toBe('Dear Henrik,\n\nI heard your talk in Oslo last week.');
  });

  it('greets with "Hello," when the name is unknown, never "Hi undefined"', () => {
    const draft = compose(people.nothing!, sam, { channel: 'connection-note' });
    expect(draft.body).toMatch(/^Hello, /);
    expect(draft.findings.map((finding) => finding.id)).toEqual(['no-hook']);
  });

  it('greets by first name without titles or degrees', () => {
    expect(compose(people.headlineOnly!, sam, { channel: 'message' }).body).toMatch(/^Dear Priya,\n/);
  });

  it('gives a free note only the hook and the ask when 200 characters is all there is, and a premium note room to say who I am', () => {
    const free = compose(amara, { ...sam, account: 'free' }, { channel: 'connection-note' });
    const premium = compose(amara, { ...sam, account: 'premium' }, { channel: 'connection-note' });
    expect(free.limit.body).toBe(200);
    expect(premium.limit.body).toBe(300);
    expect(free.body).toContain('"From engineer to product lead"');
    expect(free.body).toMatch(/20-minute virtual coffee chat/);
    expect(premium.parts.introduction).toMatch(/^I'm Sam Lee/);
    expect(premium.length).toBeGreaterThan(free.length);
  });

  it('fits very long names, titles and companies into a free note by shortening the quote at a word', () => {
    const draft = compose(people.longNames!, sam, { channel: 'connection-note' });
    expect(draft.length).toBeLessThanOrEqual(200);
    expect(draft.body).toMatch(/^Hi Maximilian-Alexander, I was inspired by your article "A very long featured…"\./);
  });

  it('is shorter in the concise tone, with the same hook and ask', () => {
    const warm = compose(amara, sam, { channel: 'inmail', tone: 'warm' });
    const concise = compose(amara, sam, { channel: 'inmail', tone: 'concise' });
    expect(concise.length).toBeLessThan(warm.length);
    expect(concise.parts.opening).toMatch(/^Hi Amara,/);
    expect(concise.body).toContain('From engineer to product lead');
    expect(concise.body).toMatch(/20-minute/);
  });

  it('asks for the minutes chosen for this draft over the default', () => {
    expect(compose(amara, sam, { channel: 'message', askMinutes: 15 }).parts.ask).toMatch(/15-minute/);
  });

  it('offers other wordings, each the same every time', () => {
    const wordings = [0, 1, 2].map((wording) => compose(amara, sam, { channel: 'inmail', wording }).body);
    expect(new Set(wordings).size).toBe(3);
    expect(compose(amara, sam, { channel: 'inmail', wording: 1 }).body).toBe(wordings[1]);
  });

  it('reads well with empty settings: no introduction rather than a gap', () => {
    const draft = compose(amara, mes.empty!, { channel: 'message' });
    expect(draft.parts.introduction).toBe("I'm reaching out because your experience as VP Product at Kestrel Pay is exactly what I hope to learn from.");
    expect(draft.parts.ask).toContain('questions about your journey');
    expect(draft.parts.close).not.toMatch(/Best regards/);
    expect(draft.findings).toEqual([]);
  });

  it('opens with what we share when that is the hook chosen', () => {
    const tomasz = people.sharedSchool!;
    const hook = findHooks(tomasz, sam).find((found) => found.kind === 'shared-school');
    const draft = compose(tomasz, sam, { channel: 'inmail', ...(hook && { hook }) });
    expect(draft.parts.opening).toContain('your path since Warsaw University of Technology, where I studied too');
    expect(draft.subject).toBe('A question from a fellow Warsaw University of Technology graduate');
  });
});

describe('assemble', () => {
  it.each(channels)('rebuilds the draft compose made for %s from its parts', (channel: Channel) => {
    const draft = compose(people.rich!, mes.full!, { channel });
    expect(assemble(draft.parts, channel, 'free')).toEqual({ body: draft.body, ...(draft.subject && { subject: draft.subject }) });
  });

  it('keeps an edited part and the greeting and sign-off around it', () => {
    const draft = compose(people.rich!, mes.full!, { channel: 'message' });
    const edited = assemble({ ...draft.parts, ask: 'Would you have 15 minutes for a call next week?' }, 'message', 'free');
    expect(edited.body).toMatch(/^Dear Amara,\n\n/);
    expect(edited.body).toContain('\n\nWould you have 15 minutes for a call next week?\n\n');
    expect(edited.body).toMatch(/Sam Lee$/);
  });

  it('leaves the subject out of a connection note', () => {
    expect(assemble({ subject: 'Hello', opening: 'Hi Ana,', introduction: '', ask: 'A?', close: '' }, 'connection-note', 'free')).toEqual({
      body: 'Hi Ana, A?',
    });
  });
});
