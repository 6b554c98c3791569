import { describe, expect, it } from 'vitest';
import { type Channel, channels } from '@/utils/outreach/channels';
import { assemble, compose } from '@/utils/outreach/compose';
import { check } from '@/utils/outreach/check';
import { customHook, findHooks } from '@/utils/outreach/hooks';
import type { Me } from '@/utils/outreach/me';
import { mes, people, profileOf } from './people';

const accounts = ['free', 'premium'] as const;
const table = Object.entries(people).flatMap(([who, profile]) =>
  Object.entries(mes).flatMap(([me, settings]) =>
    accounts.flatMap((account) => channels.map((channel) => ({ who, profile, me, settings: { ...settings, account } as Me, channel }))),
  ),
);

describe('compose over made-up profiles, settings, accounts and channels', () => {
  it.each(table)('$who, me: $me, $settings.account, $channel: fits, greets, asks small, never for mentorship', ({ profile, settings, channel }) => {
    const draft = compose(profile, settings, { channel, now: Date.UTC(2026, 11, 2) });
    expect(draft.length).toBe(draft.body.length);
    expect(draft.length).toBeLessThanOrEqual(draft.limit.body);
    expect(draft.body).toMatch(/^(Hi|Dear) \S.*,|^Hello,/);
    expect(draft.body).toMatch(new RegExp(`\\b${settings.askMinutes}[- ]minutes?\\b`));
    expect(draft.body).not.toMatch(/mentor/i);
    expect(draft.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    // A note and a chat message to a connection have no subject; InMail and email do.
    expect(draft.subject === undefined).toBe(channel === 'connection-note' || channel === 'message');
  });
});

describe('compose', () => {
  const amara = people.rich!;
  const sam = mes.full!;
  const now = Date.UTC(2026, 11, 2);

  it('cites the best hook of theirs by default, whole, in quotation marks', () => {
    const draft = compose(amara, sam, { channel: 'inmail', now });
    expect(draft.parts.opening).toMatch(/^Hi Amara,\n\n.*your article "From engineer to product lead: what I wish I had known"/i);
    expect(draft.subject!.length).toBeLessThanOrEqual(70);
  });

  it('keeps the five parts apart, and the message is those parts in order', () => {
    const draft = compose(amara, sam, { channel: 'email', now });
    expect(draft.parts.introduction).toMatch(/^I'm Sam Lee, a junior product analyst at Northwind Logistics/);
    expect(draft.parts.ask).toContain('moving from engineering into product');
    expect(draft.parts.close).toMatch(/\n\nBest regards,\nSam Lee$/);
    expect(draft.body).toBe([draft.parts.opening, draft.parts.introduction, draft.parts.ask, draft.parts.close].join('\n\n'));
  });

  it('says why them only with what their profile shows of my mentor persona', () => {
    const draft = compose(amara, sam, { channel: 'email', now });
    expect(draft.parts.introduction).toContain('your experience with payments');
    const henrik = compose(people.talk!, sam, { channel: 'email', now });
    expect(henrik.body).not.toMatch(/your experience/);
    expect(henrik.notes.map((note) => note.id)).toContain('no-why-them');
  });

  it('cites a hook the user typed in, word for word', () => {
    const hook = customHook('your keynote on sustainable supply chains at the Global Logistics Summit');
    const draft = compose(people.talk!, sam, { channel: 'message', hook, now });
    expect(draft.body.toLowerCase()).toContain('your keynote on sustainable supply chains at the global logistics summit');
    expect(check(draft.body, 'message', { hook })).toEqual([]);
  });

  it('uses a typed sentence as the whole opening', () => {
    const draft = compose(people.talk!, sam, { channel: 'inmail', hook: customHook('I heard your talk in Oslo last week'), now });
    expect(draft.parts.opening).toBe('Hi Henrik,\n\nI heard your talk in Oslo last week.');
  });

  it('greets with "Hello," when the name is unknown, and says that nothing specific was found instead of inventing praise', () => {
    const draft = compose(people.nothing!, sam, { channel: 'connection-note', now });
    expect(draft.body).toMatch(/^Hello, /);
    expect(draft.body).not.toMatch(/inspired|admire|stood out/i);
    expect(draft.notes.map((note) => note.id)).toContain('no-citable-hook');
  });

  it('greets by the name they go by, without titles, degrees or emoji', () => {
    expect(compose(people.headlineOnly!, sam, { channel: 'message', now }).body).toMatch(/^Hi Priya,\n/);
  });

  it('says who is writing and what the questions are about even in a free 200-character note', () => {
    const free = compose(amara, { ...sam, account: 'free' }, { channel: 'connection-note', now });
    expect(free.limit.body).toBe(200);
    expect(free.length).toBeLessThanOrEqual(200);
    expect(free.body).toContain("I'm a junior product analyst");
    expect(free.body).toContain('moving from engineering into product');
    expect(free.body).toMatch(/your (recent )?article/);
    const premium = compose(amara, { ...sam, account: 'premium' }, { channel: 'connection-note', now });
    expect(premium.length).toBeGreaterThan(free.length);
  });

  it('makes the default note different when Me is filled in', () => {
    const filled = compose(amara, sam, { channel: 'connection-note', now });
    const empty = compose(amara, mes.empty!, { channel: 'connection-note', now });
    expect(filled.body).not.toBe(empty.body);
    expect(empty.notes.map((note) => note.id)).toContain('no-introduction');
  });

  it('never cuts a title inside quotation marks: a long one is named by its topic or its kind', () => {
    const draft = compose(people.longNames!, sam, { channel: 'connection-note', now });
    expect(draft.length).toBeLessThanOrEqual(200);
    expect(draft.body).not.toContain('…');
    expect(draft.body).toMatch(/^Hi Maximilian-Alexander, /);
  });

  it('in a note with no room to name their best post, cites a thing of theirs it can name, never just "your post"', () => {
    const longPost = 'Our platform team spent eighteen months rebuilding how we page engineers at night and what we would keep';
    const profile = profileOf('long-post', {
      name: 'Ada Obi',
      current: { title: 'Head of Platform', company: 'Contoso Rail' },
      experience: [{ title: 'Head of Platform', company: 'Contoso Rail' }],
      activity: [{ text: `${longPost}.`, kind: 'post', date: '2026-11' }],
    });
    const [best] = findHooks(profile, sam, now);
    expect(best?.kind).toBe('post');
    const note = compose(profile, sam, { channel: 'connection-note', now });
    expect(note.body).not.toMatch(/your (?:recent )?post (?:has|is|gave)|by your (?:recent )?post\./i);
    expect(note.body).toContain('Contoso Rail');
    // The popup hands over the hooks it lists: the same choice, without finding them again.
    expect(compose(profile, sam, { channel: 'connection-note', now, hooks: findHooks(profile, sam, now) }).body).toBe(note.body);
    // A letter has room: it quotes the post itself.
    expect(compose(profile, sam, { channel: 'message', now }).body).toContain(`"${longPost}"`);
  });

  it('is shorter in the concise tone, with the same hook and ask', () => {
    const warm = compose(amara, sam, { channel: 'inmail', tone: 'warm', now });
    const concise = compose(amara, sam, { channel: 'inmail', tone: 'concise', now });
    expect(concise.length).toBeLessThan(warm.length);
    expect(concise.parts.opening).toMatch(/^Hi Amara,/);
    expect(concise.body).toContain('From engineer to product lead');
    expect(concise.body).toMatch(/\b20[- ]minutes?\b/);
  });

  it('asks for the minutes chosen for this draft over the default', () => {
    expect(compose(amara, sam, { channel: 'message', askMinutes: 15, now }).parts.ask).toMatch(/\b15[- ]minutes?\b/);
  });

  it('offers other wordings that differ in more than a word, each the same every time', () => {
    const wordings = [0, 1, 2].map((wording) => compose(amara, sam, { channel: 'inmail', wording, now }));
    expect(new Set(wordings.map((draft) => draft.parts.opening)).size).toBe(3);
    expect(new Set(wordings.map((draft) => draft.parts.ask)).size).toBe(3);
    expect(compose(amara, sam, { channel: 'inmail', wording: 1, now }).body).toBe(wordings[1]!.body);
  });

  it('reads well with empty settings: no introduction rather than a gap', () => {
    const draft = compose(amara, mes.empty!, { channel: 'message', now });
    expect(draft.parts.introduction).toBe('');
    expect(draft.parts.ask).toContain('questions about your career path');
    expect(draft.parts.close).not.toMatch(/Best regards/);
    expect(draft.body).not.toMatch(/\s[,.]|  /);
  });

  it('opens with what we share when that is the hook chosen', () => {
    const tomasz = people.sharedSchool!;
    const hook = findHooks(tomasz, sam, now).find((found) => found.kind === 'shared-school');
    const draft = compose(tomasz, sam, { channel: 'inmail', ...(hook && { hook }), now });
    expect(draft.parts.opening).toMatch(/studied at Warsaw University of Technology/);
  });

  it('never calls me an alum of a company I work at now: the subject says we have both worked there', () => {
    const peter = profileOf('peter-example', { name: 'Peter Novak', experience: [{ title: 'Operations Manager', company: 'Northwind Logistics', period: { start: '2012-01', end: '2016-12' } }] });
    const subjects = [0, 1, 2, 3].map((wording) => compose(peter, sam, { channel: 'inmail', now, wording }).subject ?? '');
    expect(sam.intro).toContain('Northwind Logistics');
    expect(subjects).toContain('A question from someone who has also worked at Northwind Logistics');
    expect(subjects.join(' ')).not.toMatch(/alum/);
  });

  it('cites nothing when asked to, and says so', () => {
    const draft = compose(amara, sam, { channel: 'message', hook: null, now });
    expect(draft.body).not.toContain('From engineer');
    expect(draft.notes.map((note) => note.id)).toContain('no-citable-hook');
  });

  it('warns, in its one check, when the draft is nearly a first message already saved for someone else', () => {
    const draft = compose(amara, sam, { channel: 'message', now });
    expect(draft.findings.map((finding) => finding.id)).not.toContain('same-as-saved');
    const again = compose(amara, sam, { channel: 'message', now, savedMessages: [{ who: 'Lucia Example', body: draft.body }] });
    expect(again.findings.find((finding) => finding.id === 'same-as-saved')?.message).toContain('Lucia Example');
  });
});

describe('assemble', () => {
  it.each(channels)('rebuilds the draft compose made for %s from its parts', (channel: Channel) => {
    const draft = compose(people.rich!, mes.full!, { channel });
    expect(assemble(draft.parts, channel, 'free')).toEqual({ body: draft.body, ...(draft.subject && { subject: draft.subject }) });
  });

  it('keeps an edited part and the greeting and sign-off around it', () => {
    const draft = compose(people.rich!, mes.full!, { channel: 'email' });
    const edited = assemble({ ...draft.parts, ask: 'Would you have 15 minutes for a call next week?' }, 'email', 'free');
    expect(edited.body).toMatch(/^Hi Amara,\n\n/);
    expect(edited.body).toContain('\n\nWould you have 15 minutes for a call next week?\n\n');
    expect(edited.body).toMatch(/Sam Lee$/);
  });

  it('leaves the subject out of a connection note', () => {
    expect(assemble({ subject: 'Hello', opening: 'Hi Ana,', introduction: '', ask: 'A?', close: '' }, 'connection-note', 'free')).toEqual({
      body: 'Hi Ana, A?',
    });
  });
});
