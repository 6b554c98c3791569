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
