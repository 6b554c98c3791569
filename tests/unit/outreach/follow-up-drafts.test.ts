import { describe, expect, it } from 'vitest';
import { check } from '@/utils/outreach/check';
import { type FollowUpDraftKind, draftFollowUp, prepQuestions } from '@/utils/outreach/follow-up-drafts';
import { findHooks } from '@/utils/outreach/hooks';
import { mes, people } from './people';

const amara = people.rich!;
const sam = mes.full!;
const hook = findHooks(amara, sam)[0];
const now = Date.UTC(2026, 10, 24, 9);
const context = { profile: amara, ...(hook && { hook }), now };
const kinds: FollowUpDraftKind[] = ['check-in', 'schedule-chat', 'thank-you', 'progress-update', 'keep-in-touch', 'mismatch', 'natural-end'];

describe('draftFollowUp', () => {
  it.each(kinds)('%s: greets them, signs off, and leaves no gaps, mentorship asks or idioms', (kind) => {
    for (const me of [sam, mes.empty!]) {
      for (const profile of [amara, people.nothing!]) {
        const draft = draftFollowUp(kind, { ...context, profile }, me);
        expect(draft.body).toMatch(profile === amara ? /^Hi Amara,\n\n/ : /^Hello,\n\n/);
        expect(draft.subject).toBeTruthy();
        const problems = check(draft.body, 'email').filter((finding) => ['mentorship-ask', 'placeholder', 'idiom', 'generic-opener'].includes(finding.id));
        expect(problems).toEqual([]);
        if (me === sam) expect(draft.body).toMatch(/Best regards,\nSam Lee$/);
      }
    }
  });

  it('check-in: gentle and without pressure, recalling what the first message was about', () => {
    const { body } = draftFollowUp('check-in', context, sam);
    expect(body).toContain('no pressure at all');
    expect(body).toContain('my earlier note asking for a 20-minute chat about moving from engineering into product');
    expect(body).not.toContain('From engineer to product lead');
  });

  it('check-in: recalls the topic the sent message asked about, over what Me says today', () => {
    const outreach = 'Hi Amara, could we talk for 15 minutes about reverse logistics, at a time that suits you?';
    expect(draftFollowUp('check-in', { ...context, outreach, askMinutes: 15 }, sam).body).toContain('asking for a 15-minute chat about reverse logistics.');
  });

  it('thank-you without takeaways: thanks plainly and asks me for them, never invents praise', () => {
    const draft = draftFollowUp('thank-you', context, sam);
    expect(draft.body).not.toMatch(/incredibly helpful|your advice/i);
    expect(draft.checklist?.join(' ')).toMatch(/one or two things you took away/);
  });

  it('move on: nothing to send, and the advice to close the contact', () => {
    const draft = draftFollowUp('move-on', context, sam);
    expect(draft.body).toBe('');
    expect(draft.checklist?.join(' ')).toMatch(/best to move on.*No response/);
  });

  it('thank-you: names one or two takeaways and proposes a check-in in a couple of months', () => {
    const draft = draftFollowUp('thank-you', { ...context, takeaways: ['framing a budget for a CFO', 'shipping small', 'a third'] }, sam);
    expect(draft.body).toContain('Your advice on framing a budget for a CFO and shipping small was incredibly helpful');
    expect(draft.body).not.toContain('a third');
    expect(draft.body).toContain('check in again in a couple of months');
    expect(draft.checklist).toEqual([expect.stringMatching(/within 24 hours/)]);
  });

  it('progress update: "Following your advice to …, I …"', () => {
    const { body } = draftFollowUp('progress-update', { ...context, advice: 'connect with the data science team', whatITried: 'set up a meeting and learned how they plan a quarter' }, sam);
    expect(body).toContain('Following your advice to connect with the data science team, I set up a meeting and learned how they plan a quarter.');
  });

  // Issue 26, from a read of 900 drafts; every other typed form is in follow-up-drafts-forms.test.ts.
  it('a takeaway written as advice is "your advice to …", never "your advice on start with …"', () => {
    const { body } = draftFollowUp('thank-you', { ...context, takeaways: ['start with one workflow, not the whole ward'] }, sam);
    expect(body).toContain('Your advice to start with one workflow, not the whole ward, was incredibly helpful');
    expect(body).not.toContain('advice on start');
  });

  it('keep-in-touch: a goal whose verb is on no list is the update it promises, and without a goal it promises none', () => {
    const withGoal = draftFollowUp('keep-in-touch', context, { ...sam, shortTermGoal: 'finish a health informatics certificate' });
    expect(withGoal.body).toContain('where I am: I am still working to finish a health informatics certificate, and your advice keeps helping.');
    const noGoal = draftFollowUp('keep-in-touch', context, { ...sam, shortTermGoal: '', longTermGoal: '' });
    expect(noGoal.body).not.toMatch(/share where I am|keep you posted/);
  });

  it('mismatch and natural end: gracious, in the guide’s words', () => {
    expect(draftFollowUp('mismatch', { ...context, needInstead: 'hardware supply chains' }, sam).body).toContain(
      'what I actually need is someone with deeper experience in hardware supply chains',
    );
    const end = draftFollowUp('natural-end', { ...context, since: Date.UTC(2025, 9, 1) }, sam);
    expect(end.body).toContain("thanks to your guidance over the past year. I've achieved the goals we set out");
  });

  it('meeting prep: the time for both of us, 3-5 open questions, and the guide’s reminders', () => {
    const draft = draftFollowUp(
      'meeting-prep',
      { ...context, meetingAt: Date.UTC(2026, 11, 1, 15), theirTimeZone: 'America/New_York', outreach: 'Hi Amara, I was inspired…' },
      sam,
    );
    expect(draft.body).toBe('Your 20-minute chat with Amara.\nYou: Tue 1 Dec, 16:00 (Europe/Warsaw)\nThem: Tue 1 Dec, 10:00 (America/New York)');
    expect(draft.checklist).toContain('Re-read your first message: "Hi Amara, I was inspired…"');
    expect(draft.checklist?.some((line) => line.includes("I know we're coming up on the 20 minutes I requested"))).toBe(true);
  });
});

describe('prepQuestions', () => {
  it.each(Object.entries(people))('%s: 3 to 5 open-ended questions, none a fact their profile shows', (_who, profile) => {
    for (const me of [sam, mes.empty!]) {
      const questions = prepQuestions(profile, findHooks(profile, me)[0], me);
      expect(questions.length).toBeGreaterThanOrEqual(3);
      expect(questions.length).toBeLessThanOrEqual(5);
      for (const question of questions) {
        expect(question).toMatch(/^(What|How|When|If|Looking back|Who)\b.*\?$/);
        expect(question).not.toMatch(/^(Where did you|When did you (join|start)|What is your (title|role)|Do you|Did you|Are you|Is it)/);
      }
      expect(new Set(questions).size).toBe(questions.length);
    }
  });

  it('draws on their path and my goals', () => {
    const questions = prepQuestions(amara, hook, sam);
    expect(questions).toEqual([
      'When you wrote "From engineer to product lead: what I wish I had known", what experience led you to that view?',
      'Looking back on your move from Northwind Logistics to your role as VP Product, what do you wish you had known before you made it?',
      'What would you do first to get good at moving from engineering into product, if you were starting today?',
      'If you were in my position and wanted to get better at presenting data to non-technical stakeholders in the next six months, what would you focus on first?',
      'What would you look for in someone who hopes to move from a technical role into product management in the next few years?',
    ]);
  });
});
