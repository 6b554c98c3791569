import { describe, expect, it } from 'vitest';
import { check } from '@/utils/outreach/check';
import { compose } from '@/utils/outreach/compose';
import { type FollowUpDraftKind, draftFollowUp, prepQuestions } from '@/utils/outreach/follow-up-drafts';
import { findHooks } from '@/utils/outreach/hooks';
import { mes, people } from './people';
import { type Foreign, foreignLanguages, nativeMes, nativePeople } from './people-i18n';

const kinds: FollowUpDraftKind[] = ['check-in', 'schedule-chat', 'thank-you', 'progress-update', 'keep-in-touch', 'mismatch', 'natural-end'];
const greeting: Record<Foreign, RegExp> = { es: /^Hola, Valentina:\n\n\p{Lu}/u, fr: /^Bonjour Inès,\n\n\p{Lu}/u, de: /^Hallo Lena,\n\n\p{Ll}/u, pt: /^Olá, Beatriz,\n\n\p{Lu}/u };
const signOff: Record<Foreign, RegExp> = {
  es: /\n\nUn cordial saludo,\nLucía Romero$/,
  fr: /\n\nBien cordialement,\nCamille Martin$/,
  de: /\n\nBeste Grüße\nJonas Weber$/,
  pt: /\n\nAtenciosamente,\nJoão Silva$/,
};
const english = /(?<![\p{L}])(?:the|and|your|you|with|would|could|about|thank|thanks|hello|dear|hi|regards|best|chat|weeks|schedule|hope|what|how|my|our|this|that|is|are|of)(?![\p{L}])/iu;
const withoutQuotes = (text: string) => text.replace(/«[^»]*»|„[^“]*“|“[^”]*”/g, '');
const now = Date.UTC(2026, 10, 24, 9);

describe.each(foreignLanguages)('follow-ups in %s', (language) => {
  const me = nativeMes[language];
  const profile = nativePeople[language].rich!;
  const hook = findHooks(profile, me)[0];
  const context = { profile, ...(hook && { hook }), now };

  it.each(kinds)('%s: greets them, signs off, and passes the checker in the language, with no English', (kind) => {
    const draft = draftFollowUp(kind, context, me);
    expect(draft.body).toMatch(greeting[language]);
    expect(draft.body).toMatch(signOff[language]);
    expect(draft.subject).toBeTruthy();
    const problems = check(draft.body, 'email', { language }).filter((finding) => ['mentorship-ask', 'placeholder', 'idiom', 'generic-opener', 'pushy', 'big-ask'].includes(finding.id));
    expect(problems).toEqual([]);
    expect(withoutQuotes(`${draft.subject}\n${draft.body}\n${(draft.checklist ?? []).join('\n')}`)).not.toMatch(english);
  });

  it('check-in: recalls what the sent message asked about, in its own words', () => {
    const sent = compose(profile, me, { channel: 'connection-note', now });
    const { body } = draftFollowUp('check-in', { ...context, outreach: sent.body }, me);
    const topic = nativeMes[language].skillsMissing;
    expect(sent.body).toContain(topic);
    expect(body).toContain(topic);
    expect(body).toMatch(/\b20(?: minutos| minutes|-minütiges)\b/u);
  });

  it('thank-you without takeaways thanks plainly and asks me for them', () => {
    const draft = draftFollowUp('thank-you', context, me);
    expect(draft.checklist).toHaveLength(2);
    expect(draft.checklist?.[1]).toMatch(/«|„|“/);
  });

  it('meeting prep: the time on both sides in the language, and 3-5 questions in it', () => {
    const draft = draftFollowUp('meeting-prep', { ...context, meetingAt: Date.UTC(2026, 11, 1, 15), theirTimeZone: 'America/Mexico_City' }, me);
    expect(draft.body.split('\n')).toHaveLength(3);
    expect(draft.body).toContain('09:00 (America/Mexico City)');
    const questions = prepQuestions(profile, hook, me);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    for (const question of questions) expect(question).toMatch(/\?$/);
  });
});

describe('the language of a follow-up', () => {
  it('is Me’s unless asked for another, and English stays as it was', () => {
    expect(draftFollowUp('check-in', { profile: people.rich!, now }, mes.full!).body).toMatch(/^Hi Amara,\n\nI hope you're doing well\./);
    expect(draftFollowUp('check-in', { profile: people.rich!, now }, mes.full!, 'fr').body).toMatch(/^Bonjour Amara,\n\nJ'espère que vous allez bien\./);
    expect(draftFollowUp('check-in', { profile: people.rich!, now }, nativeMes.de).body).toMatch(/^Hallo Amara,\n\nich hoffe, es geht Ihnen gut\./);
  });
});
