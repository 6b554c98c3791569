import { describe, expect, it } from 'vitest';
import { check } from '@/utils/outreach/check';
import { customHook, findHooks } from '@/utils/outreach/hooks';
import { mes, people, profileOf } from './people';

const good =
  'Hi Amara, I was inspired by your article "From engineer to product lead". Would you be open to a 15-minute virtual coffee chat for two or three questions, at a time that suits you? Thank you!';
const ids = (text: string, context = {}) => check(text, 'message', context).map((finding) => finding.id);

describe('check', () => {
  it('finds nothing wrong in a specific, small, easy ask', () => {
    expect(check(good, 'connection-note')).toEqual([]);
  });

  it.each([
    ['Will you be my mentor?'],
    ['Would you be willing to become my mentor?'],
    ['Could you mentor me this year?'],
    ["I'd love to pick your brain."],
    ['Would you consider mentoring me?'],
  ])('flags a mentorship ask in any phrasing: %s', (ask) => {
    const findings = check(good.replace('Thank you!', ask), 'message');
    expect(findings.map((finding) => finding.id)).toContain('mentorship-ask');
    expect(findings.find((finding) => finding.id === 'mentorship-ask')?.advice).toMatch(/Golden Rule/);
  });

  it.each([
    ['I hope this finds you well.', 'generic-opener'],
    ['I hope this message finds you well.', 'generic-opener'],
    ["I'd like to add you to my professional network.", 'generic-opener'],
    ['Hi {{firstName}},', 'placeholder'],
    ['Hi undefined,', 'placeholder'],
    ['Admiration for your work at [Company Name].', 'placeholder'],
    ['Hi ,', 'placeholder'],
    ["Let's touch base soon.", 'idiom'],
    ['It would be a game-changer for me.', 'idiom'],
    ['Could we circle back next week?', 'idiom'],
    ['Could we talk for an hour?', 'big-ask'],
  ])('flags "%s" as %s', (sentence, id) => {
    expect(ids(`${sentence} ${good}`)).toContain(id);
  });

  it('reads a negated ask as no ask, but still finds a real one after it', () => {
    expect(ids(good.replace('Thank you!', "I'm not asking you to be my mentor."))).not.toContain('mentorship-ask');
    expect(ids(good.replace('Thank you!', "I'm not asking for much: will you be my mentor?"))).toContain('mentorship-ask');
    expect(ids(good.replace('Thank you!', "I don't want to take much of your time, but would you be my mentor?"))).toContain('mentorship-ask');
    expect(ids(good.replace('Thank you!', 'I am not asking you to refer me for a role.'))).not.toContain('sponsorship-ask');
  });

  it('says why a stranger cannot recommend you, and what to ask instead', () => {
    const [finding] = check(good.replace('Thank you!', 'Could you put my name forward?'), 'message');
    expect(finding).toEqual({
      id: 'sponsorship-ask',
      severity: 'error',
      message: '"put my name forward" asks them to recommend you before they know your work.',
      advice: expect.stringMatching(/once they have come to trust their work.*Ask for 15-20 minutes/),
    });
    // The ask is quoted to the end of its clause, never cut mid-phrase.
    const quoted = (ask: string) => check(good.replace('Thank you!', ask), 'message').find((found) => found.id === 'sponsorship-ask')?.message;
    expect(quoted('After our chat, could you recommend me for the analyst role on your team?')).toBe('"recommend me for the analyst role on your team" asks them to recommend you before they know your work.');
    expect(quoted('Could you pass my CV on to your recruiter? It would mean a lot.')).toBe('"pass my CV on to your recruiter" asks them to recommend you before they know your work.');
  });

  it('still calls a deadline pressure when the message also offers another way to answer', () => {
    expect(ids(good.replace('Thank you!', 'A reply by email would help just as much.'))).not.toContain('pushy');
    expect(ids(good.replace('Thank you!', 'Please reply by Friday.'))).toContain('pushy');
  });

  it('asks for something specific when nothing in the message is about them', () => {
    const generic = 'Hello, I admire your career. Would you be open to a 15-minute chat? I am flexible. Thank you!';
    expect(ids(generic)).toEqual(['no-hook']);
    expect(ids(generic.replace('your career', 'your talk at the Global Logistics Summit'))).toEqual([]);
  });

  it('counts the chosen hook, or something from their profile, as specific', () => {
    const text = 'Hello, the Global Logistics Summit session was great. Would you be open to a 15-minute chat? I am flexible. Thank you!';
    expect(ids(text, { hook: customHook('the Global Logistics Summit') })).toEqual([]);
    expect(ids('Hello, congratulations on Fjordline Freight. Would you be open to a 15-minute chat? I am flexible.', { profile: people.talk })).toEqual(
      [],
    );
  });

  it('wants a time-boxed ask and an easy way to say yes', () => {
    expect(ids('Hi Ana, I read your article on pricing. Can we talk sometime?')).toEqual(['no-time-box', 'no-easy-yes']);
  });

  it("measures the body and subject against the channel's limit and the account", () => {
    const long = `${good} ${'More words here. '.repeat(4)}`;
    expect(check(long, 'connection-note', { account: 'free' }).map((finding) => finding.id)).toEqual(['over-limit']);
    expect(check(long, 'connection-note', { account: 'premium' })).toEqual([]);
    const [finding] = check(good, 'email', { subject: 'x'.repeat(90) });
    expect(finding?.id).toBe('subject-over-limit');
    expect(finding?.message).toBe('The subject is too long for this channel: 90 characters, 78 at most.');
    expect(check(good, 'inmail', { subject: ' ' }).map((found) => found.id)).toEqual(['subject-missing']);
  });

  it('says an empty message is empty, and nothing else', () => {
    expect(check('  ', 'message').map((finding) => finding.id)).toEqual(['empty']);
  });

  it('gives every finding a plain message and the guide’s advice', () => {
    const findings = check('Will you be my mentor? I hope this finds you well. Hi {{name}}. ASAP please.', 'inmail', { subject: '' });
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(finding.message).toMatch(/^\S.*\.$/);
      expect(finding.advice.length).toBeGreaterThan(20);
    }
  });

  it('leaves an idiom in their own words alone: a cited title is not ours to rephrase', () => {
    const rita = profileOf('rita-example', { name: 'Rita Okonkwo', publications: [{ title: 'Federated learning for low-bandwidth clinics', by: 'ACM COMPASS', date: '2025-07' }] });
    const [hook] = findHooks(rita, mes.full!, Date.UTC(2026, 11, 2));
    const cited = good.replace('your article "From engineer to product lead"', hook!.mentions[0]!);
    expect(cited).toContain('low-bandwidth');
    expect(ids(cited, { hook })).not.toContain('idiom');
    expect(ids(`${cited} I have little bandwidth this month.`, { hook })).toContain('idiom');
  });
});
