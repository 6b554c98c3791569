import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { findHooks } from '@/utils/outreach/hooks';
import { loadLanguage } from '@/utils/outreach/languages';
import { readMe } from '@/utils/outreach/me';
import { draftLanguages } from '@/utils/outreach/their-language';
import { channels } from '@/utils/outreach/channels';
import { writeDraft } from '@/utils/outreach/write-draft';
import { corpus, corpusNow } from './corpus';

/**
 * Faults a blind read found in drafts for people and mentees the code was not written for
 * (issue 26): each case failed before its fix.
 */
beforeAll(() => Promise.all(draftLanguages.map(loadLanguage)));

const person = (fields: Partial<Profile>): Profile => ({ url: 'https://www.linkedin.com/in/ada-obi/', slug: 'ada-obi', name: 'Ada Obi', experience: [], education: [], featured: [], activity: [], skills: [], layout: 'ember', missing: [], ...fields });
const everyDraft = (profile: Profile, me: ReturnType<typeof readMe>) =>
  channels.flatMap((channel) => (['free', 'premium'] as const).map((account) => writeDraft(profile, { ...me, account }, { channel, now: corpusNow })));

describe('what a blind read found', () => {
  const manager = readMe({
    name: 'Anjali Menon',
    intro: 'a newly promoted team lead at a state health mission',
    askAbout: "How did you handle managing people who used to be your peers? How do you keep good people when you can't raise their pay? What did you stop doing in your first year as a manager?",
  });

  it('a topic typed as several questions is asked as one list, their tense kept, and a note asks the first', () => {
    for (const draft of everyDraft(corpus.rich!, manager)) {
      expect(draft.length, draft.body).toBeLessThanOrEqual(draft.limit.body);
      expect(draft.body).not.toMatch(/\?\s+How do you keep|, whenever suits you\?.*\?/s);
      expect(draft.body).toContain('how you handled managing people who used to be your peers');
      expect(draft.body).not.toContain('how you handle managing');
    }
    const letter = writeDraft(corpus.rich!, manager, { channel: 'email', now: corpusNow });
    expect(letter.body).toContain("how you handled managing people who used to be your peers, how you keep good people when you can't raise their pay and what you stopped doing in your first year as a manager");
  });

  it('a goal that says its own time is not framed "This year" as well', () => {
    const me = readMe({ name: 'Tess', intro: 'a chemistry teacher', shortTermGoal: 'land my first sustainability analyst role within a year', askAbout: 'moving into sustainability' });
    const { introduction } = writeDraft(corpus.rich!, me, { channel: 'email', now: corpusNow }).parts;
    expect(introduction).toContain('I want to land my first sustainability analyst role within a year');
    expect(introduction).not.toContain('This year I want to land');
    const spanish = readMe({ name: 'Lucía', intro: 'ingeniera agrónoma', shortTermGoal: 'liderar mi primer equipo en los próximos 12 meses', askAbout: 'la gestión de equipos', language: 'es' });
    expect(writeDraft(corpus.rich!, spanish, { channel: 'email', now: corpusNow }).parts.introduction).toContain('Mi objetivo es liderar mi primer equipo en los próximos 12 meses');
  });

  it('a featured funding announcement is not a hook ("RotaLink raises $12M Series A")', () => {
    const founder = person({ featured: [{ title: 'RotaLink raises $12M Series A', kind: 'article' }, { title: 'How we cut CO₂ reporting time with one dashboard', kind: 'article' }] });
    expect(findHooks(founder, readMe({}), corpusNow).map((hook) => hook.text)).toEqual(['How we cut CO₂ reporting time with one dashboard']);
  });

  it('a topic that ends in its own words never runs into "in the coming weeks" or "in a call"', () => {
    const me = readMe({ name: 'Tess', intro: 'a chemistry teacher', askAbout: 'how you moved into sustainability and which skills mattered first' });
    for (const [wording, profile] of Object.values(corpus).entries()) {
      for (const channel of channels) {
        const { body } = writeDraft(profile, me, { channel, now: corpusNow, wording: wording % 4 });
        expect(body).not.toMatch(/mattered first (?:in the coming weeks|in a \d+-minute call|in the next few weeks)/);
      }
    }
  });

  it('a talk whose title only says where it was given is "your talk at AWS Summit Dublin", never quoted as its title', () => {
    const speaker = person({ featured: [{ title: 'AWS Summit Dublin', kind: 'talk', date: '2026-10' }] });
    const me = readMe({ name: 'Sam', intro: 'a junior cloud engineer', askAbout: 'moving into architecture' });
    const draft = writeDraft(speaker, me, { channel: 'email', now: corpusNow });
    expect(draft.body).toContain('talk at AWS Summit Dublin');
    expect(draft.body).not.toContain('"AWS Summit Dublin"');
  });
});

describe('what a second blind read found', () => {
  it('an intro that starts with my own name does not say it twice', () => {
    for (const intro of ['Beatriz, senior data scientist at Vela Mobility in Lisbon.', "I'm Beatriz Santos, a senior data scientist at Vela Mobility.", 'Beatriz Santos – senior data scientist at Vela Mobility']) {
      const me = readMe({ name: 'Beatriz Santos', intro, askAbout: 'managing former peers' });
      const { introduction } = writeDraft(corpus.rich!, me, { channel: 'email', now: corpusNow }).parts;
      expect(introduction).toMatch(/^I'm Beatriz Santos, a senior data scientist at Vela/);
      expect(introduction).not.toMatch(/a Beatriz|Beatriz Santos, Beatriz/);
    }
  });

  it('questions typed in lower case, and a question inside a topic, are asked in a topic’s word order', () => {
    const me = readMe({ name: 'Arjun', intro: 'a junior data analyst', askAbout: 'how did you go from analyst to ML engineer? what should I build first to show I can ship a model?' });
    const { body } = writeDraft(corpus.rich!, me, { channel: 'email', now: corpusNow });
    expect(body).toContain('how you went from analyst to ML engineer and what I should build first to show I can ship a model');
    expect(body).not.toMatch(/what should I build/);
  });

  it('a shorthand slash between words is said out; an acronym’s stays', () => {
    const me = readMe({ name: 'Danielle', intro: 'a maths teacher', askAbout: 'how you moved from teaching/another career into data, and CI/CD' });
    const { body } = writeDraft(corpus.rich!, me, { channel: 'email', now: corpusNow });
    expect(body).toContain('from teaching or another career into data');
    expect(body).toContain('CI/CD');
  });

  it('a goal typed as a bare noun of mine gets its "my"', () => {
    const me = readMe({ name: 'Danielle', intro: 'a maths teacher', shortTermGoal: 'first data analyst job by summer 2027', askAbout: 'moving into data' });
    expect(writeDraft(corpus.rich!, me, { channel: 'email', now: corpusNow }).parts.introduction).toContain("I'm working towards my first data analyst job by summer 2027");
  });

  it('a label before a title ("Slides:", "Essay:", "Big news:") is never quoted, and "has raised a $38M Series B" is no hook', () => {
    const speaker = person({
      featured: [
        { title: 'Slides: Your first production model, step by step', kind: 'talk' },
        { title: 'Big news: Ledgerline has raised a $38M Series B', kind: 'post' },
      ],
    });
    const hooks = findHooks(speaker, readMe({}), corpusNow);
    expect(hooks.map((hook) => hook.text)).toEqual(['Your first production model, step by step']);
  });

  it('an InMail whose topic is too long for a subject is about the first of my questions, not "your work as …"', () => {
    const me = readMe({ name: 'Danielle', intro: 'a maths teacher', askAbout: 'how you moved from teaching into data, and what made hiring managers take you seriously' });
    const draft = writeDraft(corpus.rich!, me, { channel: 'inmail', now: corpusNow });
    expect(draft.subject).not.toMatch(/your work as/);
  });
});

describe('what a third blind read found', () => {
  it('news of a retirement, a sabbatical or a growing team is not a hook', () => {
    const retired = person({
      activity: [
        { text: 'Retired this summer after twenty years at the port authority. Thank you all.', kind: 'post', date: '2026-09-01' },
        { text: 'The Paystack SRE team is growing: come and build with us.', kind: 'post', date: '2026-11-01' },
        { text: 'Why on-call rotations fail when nobody owns the runbook, and what we changed.', kind: 'post', date: '2026-10-01' },
      ],
    });
    expect(findHooks(retired, readMe({}), corpusNow).map((hook) => hook.text)).toEqual(['Why on-call rotations fail when nobody owns the runbook, and what we changed']);
  });
});
