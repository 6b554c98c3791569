import { describe, expect, it } from 'vitest';
import type { Channel } from '@/utils/outreach/channels';
import { type FindingId, check } from '@/utils/outreach/check';
import { profileOf } from './people';

/**
 * The checker's own table: messages a mentor would ignore or resent, each labelled with what
 * must be found, and messages a mentor would gladly answer, which must pass without a warning.
 */
const easy = 'I am flexible and happy to work around your schedule. Thank you!';
const ask = 'Would you be open to a 15-minute virtual coffee chat in the coming weeks?';
const hook = 'I was inspired by your talk on sustainable supply chains at the Global Logistics Summit.';
const around = (middle: string) => `Hi Ana, ${hook} ${middle} ${easy}`;

const poor: Array<[string, FindingId, Channel?]> = [
  [around('Will you be my mentor?'), 'mentorship-ask'],
  [around('Would you be open to becoming my mentor?'), 'mentorship-ask'],
  [around('Could you be my coach for the next year?'), 'mentorship-ask'],
  [around("I'm seeking mentorship from you and would value a 15-minute call."), 'mentorship-ask'],
  [around('Could you guide me long-term, with regular check-ins?'), 'mentorship-ask'],
  [around('Would you consider mentoring me? A 15-minute call would be a start.'), 'mentorship-ask'],
  [around('I am looking for a mentor, and a 15-minute call would help.'), 'mentorship-ask'],
  [around('Would you act as my sponsor? A 15-minute call would be great.'), 'mentorship-ask'],
  [around('Could you mentor me? 15 minutes is enough.'), 'mentorship-ask'],
  ['Hola Ana, me encantó tu charla sobre cadenas de suministro. Me gustaría que fueras mi mentora. ¿Tendrías 15 minutos? Cuando te venga bien.', 'mentorship-ask'],
  ['Bonjour Claire, votre article sur la recherche utilisateur m’a marqué. Accepteriez-vous d’être mon mentor ? 15 minutes, quand cela vous convient.', 'mentorship-ask'],
  ['Hallo Jonas, Ihr Vortrag über Lagerautomatisierung hat mich beeindruckt. Würden Sie mein Mentor sein? 15 Minuten, wann es Ihnen passt.', 'mentorship-ask'],
  ['Olá João, seu artigo sobre promoções me ajudou muito. Você aceitaria ser meu mentor? 15 minutos, quando for conveniente.', 'mentorship-ask'],
  [around("I'd love to pick your brain for 15 minutes."), 'mentorship-ask'],
  [around('Could we have weekly calls for 15 minutes?'), 'big-ask'],
  [around('Could we meet every month for 15 minutes?'), 'big-ask'],
  [around('I hope we can build a long-term relationship, starting with 15 minutes.'), 'big-ask'],
  [around('Could we talk for an hour next week?'), 'big-ask'],
  [around('Would a 60-minute session work?'), 'big-ask'],
  [`Hi Ana, ${hook} ${ask} I will call you Monday either way.`, 'pushy'],
  [`Hi Ana, ${hook} ${ask} Please reply by Friday.`, 'pushy'],
  [`Hi Ana, ${hook} ${ask} This is urgent, so please get back to me ASAP.`, 'pushy'],
  [`Hi Ana, I hope this message finds you well. ${ask} ${easy}`, 'generic-opener'],
  [`Hi Ana, I came across your profile and wanted to connect. ${ask} ${easy}`, 'generic-opener'],
  [`Hi Ana, I'd like to add you to my professional network. ${ask} ${easy}`, 'generic-opener'],
  [`Hello, I admire your career. ${ask} ${easy}`, 'no-hook'],
  [`Hi {{firstName}}, ${hook} ${ask} ${easy}`, 'placeholder'],
  [`Hi Ana, I admire your work at [Company Name]. ${ask} ${easy}`, 'placeholder'],
  [`Hi Ana, ${hook} Could we talk sometime? ${easy}`, 'no-time-box'],
  [`Hi Ana, ${hook} ${ask}`, 'no-easy-yes'],
  [`Hi Ana, ${hook} Let's touch base, ${ask} ${easy}`, 'idiom'],
  [`Hi Ana, ${hook} ${ask} ${easy} ${'I would also like to tell you more about my background. '.repeat(3)}`, 'over-limit', 'connection-note'],
  // An open-ended arrangement is the Golden Rule's "huge, undefined commitment", whatever it is called.
  [around('Could you show me the ropes over the next year? A 15-minute call would be a start.'), 'mentorship-ask'],
  [around('Would you be my sounding board as I settle in, maybe every couple of weeks? 15 minutes would do.'), 'mentorship-ask'],
  [around('Could you advise me on a regular basis over the next few months, 15 minutes at a time?'), 'mentorship-ask'],
  [around('Could you help me navigate my first year as a manager, checking in every month for 15 minutes?'), 'mentorship-ask'],
  [around('Could you walk me through the move into product throughout the coming year, 15 minutes a week?'), 'mentorship-ask'],
  [around('Could we talk for 15 minutes every couple of weeks?'), 'big-ask'],
  // A stranger asked to vouch for someone whose work they have never seen.
  [around('After a 15-minute call, could you put my name forward for the analyst role on your team?'), 'sponsorship-ask'],
  [around('Would you refer me for the opening on your team after a 15-minute call?'), 'sponsorship-ask'],
  [around('Could you recommend me for the product lead role? 15 minutes would be enough to show you my work.'), 'sponsorship-ask'],
  [around('I would be grateful for 15 minutes, and if you could put in a good word for me with the hiring manager.'), 'sponsorship-ask'],
  [around('Could you pass my CV on to your recruiter? A 15-minute call would help me explain it.'), 'sponsorship-ask'],
];

const jordan = profileOf('jordan-reyes-t', { name: 'Jordan Reyes', current: { title: 'Product Manager', company: 'Google' } });

const good: Array<[string, Channel?]> = [
  [`Hi Ana, ${hook} ${ask} ${easy}`],
  [`Hi Ana, ${hook} Would you have 20 minutes for two or three questions about pricing? Any time works.`],
  [`Hi Ana, ${hook} ${ask} London is an hour behind Lagos, so I can take an evening slot. ${easy}`],
  [`Hi Ana, ${hook} ${ask} Anytime that suits you is fine by me.`],
  ['Hi Kofi, your talk "Being a mentor to first-time managers" stayed with me. Could we talk for 15 minutes about leading a first team, whenever suits you?', 'connection-note'],
  ['Hi Nadia, I enjoyed your podcast episode on pricing for emerging markets. Open to a 15-minute chat about pricing, whenever suits you?', 'connection-note'],
  ['Hi Claire, your LinkedIn article on user research without a budget helped me plan my first study. Could we talk for 15 minutes, at a time that suits you?', 'connection-note'],
  ['Hi Tomasz, we both studied at Warsaw University of Technology. Could I ask you about platform teams in a 15-minute call, when it suits you?', 'connection-note'],
  [`Dear Henrik,\n\n${hook}\n\nI'm a supply chain analyst at Northwind, focused on sustainability metrics.\n\n${ask}\n\n${easy}\n\nBest regards,\nSam`, 'email'],
  [`Hi Ana, ${hook} ${ask} If now is not a good time, no pressure at all.`],
  [`Hi Ana, ${hook} Could we find 20 minutes for a short call about pricing? I understand if now is not a good moment.`],
  [`Hi Ana, ${hook} If you are open to it, I would value a 15-minute chat about hiring.`],
  [`Hi Ana, ${hook} ${ask} Thanks for taking this call so late in your evening, if it comes to that. ${easy}`],
  [`Hi Ana, congratulations on your book "The First-Time Manager Playbook". ${ask} ${easy}`],
  [`Hi Ana, your paper on spot capacity scheduling was a great read. ${ask} ${easy}`],
  [`Hi Ana, I read your recent post about offline payments for market traders. ${ask} ${easy}`],
  [`Hi Ana, your years as CEO at Gold Coast Telecom are why I am writing. ${ask} ${easy}`],
  [`Hi Ana, I would love to hear more about your volunteering with Code Club Norway. ${ask} ${easy}`],
  [`Hi Ana, ${hook} I'll follow your lead on timing. ${ask} ${easy}`],
  [`Hi Ana, ${hook} Would a 15-min call work, whenever is convenient for you?`],
  ['Dear Jordan,\n\nYour work as Product Manager on Google Maps offline routing is the reason I am writing.\n\nWould you have 15 minutes for two questions? Any time that suits you.'],
  // Saying what one does not ask is no ask; offering an easier way to answer is no pressure.
  [`Hi Ana, ${hook} I'm not asking you to be my mentor, only for 15 minutes about pricing. ${easy}`],
  [`Hi Ana, ${hook} ${ask} If a call is hard to fit in, a short reply by email would help just as much. ${easy}`],
  [`Hi Ana, ${hook} ${ask} If you prefer, I'll email you my two questions instead. ${easy}`],
  [`Hi Ana, ${hook} I am not looking for a referral, only 15 minutes of your view on moving into product. ${easy}`],
  [`Hi Ana, ${hook} Would you have 15 minutes in the coming weeks to advise me on pricing? ${easy}`],
  [`Hi Ana, ${hook} ${ask} Two answers from you would help me over the next year, as I take on pricing. ${easy}`],
];

describe('the checker on messages a mentor would not answer', () => {
  it(`has at least 30 of them (${poor.length})`, () => expect(poor.length).toBeGreaterThanOrEqual(30));

  it.each(poor)('%s → %s', (message, expected, channel = 'message') => {
    expect(check(message, channel).map((finding) => finding.id)).toContain(expected);
  });

  it('flags a hook that is only a big employer’s name', () => {
    const message = `Hi Jordan, I was inspired by your work at Google. ${ask} ${easy}`;
    expect(check(message, 'message', { profile: jordan }).map((finding) => finding.id)).toContain('employer-only');
  });

  it('warns when a message is nearly the same as one saved for another contact', () => {
    const saved = [{ who: 'Kofi Asante', body: `Hi Kofi, ${hook} ${ask} ${easy}` }];
    const findings = check(`Hi Ana, ${hook} ${ask} ${easy}`, 'message', { savedMessages: saved });
    expect(findings.find((finding) => finding.id === 'same-as-saved')?.message).toBe('This message is nearly the same as the one you saved for Kofi Asante.');
    expect(check(`Hi Ana, your paper on spot capacity scheduling was a great read. ${ask} ${easy}`, 'message', { savedMessages: saved }).map((finding) => finding.id)).not.toContain('same-as-saved');
  });
});

describe('the checker on messages a mentor would gladly answer', () => {
  it(`has at least 20 of them (${good.length})`, () => expect(good.length).toBeGreaterThanOrEqual(20));

  it.each(good)('%s', (message, channel = 'message') => {
    const findings = check(message, channel, { profile: jordan }).filter((finding) => finding.severity !== 'tip');
    expect(findings).toEqual([]);
  });
});
