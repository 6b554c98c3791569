import { describe, expect, it } from 'vitest';
import { type Account, type Channel, channels } from '@/utils/outreach/channels';
import { check } from '@/utils/outreach/check';
import { type Draft, compose } from '@/utils/outreach/compose';
import { findHooks } from '@/utils/outreach/hooks';
import { writeDraft } from '@/utils/outreach/write-draft';
import { questionTopicOf } from '@/utils/outreach/wording/my-questions';
import { corpus, corpusMentees, corpusNow as now } from './corpus';

/**
 * The drafts scored by code on what code can judge, over every made-up person, mentee, channel
 * and account: the mentor's reading of them is in the closing note.
 */
const accounts: Account[] = ['free', 'premium'];
const drafts = Object.entries(corpus).flatMap(([who, profile]) =>
  Object.entries(corpusMentees).flatMap(([mentee, me]) =>
    accounts.flatMap((account) =>
      channels.map((channel: Channel) => {
        const settings = { ...me, account };
        const draft = compose(profile, settings, { channel, now });
        return { who, mentee, profile, me: settings, channel, account, draft, hook: writeDraft(profile, settings, { channel, now }).hook, best: findHooks(profile, settings, now)[0] };
      }),
    ),
  ),
);

const label = ({ who, mentee, channel, account, draft }: (typeof drafts)[number]) => `${who} × ${mentee}, ${channel} (${account}):\n${draft.subject ?? ''}\n${draft.body}`;

/** The opening sentence after the greeting, its first words: what a mentor sees first. */
function openingShape(draft: Draft): string {
  const sentence = draft.parts.opening.replace(/^(?:Hi|Dear|Hello)[^,\n]*,\s*/u, '');
  return sentence.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
}

/** Who I am, as the shortest form a note can keep: "junior product analyst", "UX designer". */
function whoIAm(intro: string): string {
  return intro.replace(/^(?:a|an|i am|i'm)\s+/i, '').split(/,|\s(?:at|for|with|in|and)\s/)[0]!.trim();
}

describe(`${drafts.length} first messages: ${Object.keys(corpus).length} people × ${Object.keys(corpusMentees).length} mentees × every channel and account`, () => {
  it('has at least 40 people and 4 mentees', () => {
    expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(corpusMentees).length).toBeGreaterThanOrEqual(4);
  });

  it('stay within the channel limit', () => {
    for (const entry of drafts) expect(entry.draft.length, label(entry)).toBeLessThanOrEqual(entry.draft.limit.body);
  });

  it('cite the best hook found, by one of its true names', () => {
    for (const entry of drafts.filter((candidate) => candidate.hook)) {
      const names = [...entry.hook!.mentions, ...(entry.hook!.plain ? [entry.hook!.plain] : [])].map((name) => name.toLowerCase());
      expect(names.some((name) => entry.draft.body.toLowerCase().includes(name)), label(entry)).toBe(true);
    }
  });

  it('cite another of the best hooks only when the best fits by its kind alone ("your post"), and then name it', () => {
    const switched = drafts.filter((entry) => entry.hook && entry.best && entry.hook.id !== entry.best.id);
    expect(switched.length).toBeGreaterThan(0);
    for (const entry of switched) {
      expect(entry.channel, label(entry)).toBe('connection-note');
      expect(entry.hook!.mentions.some((name) => entry.draft.body.toLowerCase().includes(name.toLowerCase())), label(entry)).toBe(true);
    }
    // Letters have room to name the best hook: they always cite it.
    expect(drafts.filter((entry) => entry.channel !== 'connection-note' && entry.best).every((entry) => entry.hook?.id === entry.best!.id)).toBe(true);
  });

  it('never cite a type label, a pronoun, a one-word headline, a tagline or a promotion, and call nothing old "recent"', () => {
    const never = [/"Article"|"Link"/, /She\/Her|they\/them/i, /Independent consultant/, /Ignite|hiring|DM me|#ux/i, /Helping founders/];
    for (const entry of drafts) for (const pattern of never) expect(entry.draft.body, label(entry)).not.toMatch(pattern);
    for (const entry of drafts.filter((candidate) => ['stale', 'pastRoleOnly', 'honorOld'].includes(candidate.who))) {
      expect(entry.draft.body, label(entry)).not.toMatch(/\brecent\b/i);
    }
  });

  it('say who is writing and what the questions are about, in every channel', () => {
    const leftOut = drafts.filter((entry) => entry.draft.notes.some((note) => note.id === 'intro-left-out'));
    for (const entry of drafts) {
      const body = entry.draft.body.toLowerCase();
      expect(body, label(entry)).toContain(questionTopicOf(entry.me).toLowerCase());
      if (!leftOut.includes(entry)) expect(body, label(entry)).toContain(whoIAm(entry.me.intro).toLowerCase());
    }
    // Only a free note with a long introduction and topic runs out of room, and then the user is told.
    expect(leftOut.every((entry) => entry.channel === 'connection-note' && entry.account === 'free'), leftOut.map(label).join('\n')).toBe(true);
    expect(leftOut.length / drafts.length).toBeLessThanOrEqual(0.02);
  });

  it('never clip a quote, and keep subjects whole and at most 70 characters', () => {
    for (const entry of drafts) {
      const { body, subject } = entry.draft;
      expect(`${subject ?? ''} ${body}`, label(entry)).not.toContain('…');
      expect((body.match(/"/g) ?? []).length % 2, label(entry)).toBe(0);
      if (subject !== undefined) {
        expect(subject.length, label(entry)).toBeLessThanOrEqual(70);
        expect(subject, label(entry)).toMatch(/[\p{L}\p{N}")]$/u);
      }
      expect(subject === undefined, label(entry)).toBe(entry.channel === 'connection-note' || entry.channel === 'message');
    }
  });

  it('never ask them to be a mentor, and pass the checker with no error', () => {
    for (const entry of drafts) {
      const findings = check(entry.draft.body, entry.channel, { account: entry.account, ...(entry.draft.subject && { subject: entry.draft.subject }) });
      expect(findings.filter((finding) => finding.severity === 'error' || finding.id === 'mentorship-ask' || finding.id === 'big-ask' || finding.id === 'pushy' || finding.id === 'no-easy-yes' || finding.id === 'no-time-box'), label(entry)).toEqual([]);
    }
  });

  it('spread their openings: no opening is shared by more than a quarter of the drafts', () => {
    const counts = new Map<string, number>();
    for (const { draft } of drafts) counts.set(openingShape(draft), (counts.get(openingShape(draft)) ?? 0) + 1);
    const [shape, most] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(most / drafts.length, `"${shape}" opens ${most} of ${drafts.length}`).toBeLessThanOrEqual(0.25);
  });

  it('give ten people ten differently shaped messages, and the same person the same message', () => {
    const ten = Object.values(corpus).slice(0, 10).map((profile) => compose(profile, corpusMentees.analyst!, { channel: 'email', now }));
    const shapes = new Set(ten.map((draft) => `${openingShape(draft)} | ${draft.parts.ask.split(' ').slice(0, 3).join(' ')} | ${draft.parts.close.split(' ').slice(0, 3).join(' ')}`));
    expect(shapes.size).toBe(10);
    const again = Object.values(corpus).slice(0, 10).map((profile) => compose(profile, corpusMentees.analyst!, { channel: 'email', now }).body);
    expect(again).toEqual(ten.map((draft) => draft.body));
  });

  it('greet by the name they go by, never a title, pronoun, emoji or placeholder', () => {
    const greeting = (who: string) => compose(corpus[who]!, corpusMentees.analyst!, { channel: 'message', now }).body.split('\n')[0];
    expect(greeting('nickname')).toBe('Hi Bob,');
    expect(greeting('doctor')).toBe('Hi Priya,');
    expect(greeting('emojiName')).toBe('Hi Sofía,');
    expect(greeting('pronounName')).toBe('Hi Alex,');
    expect(greeting('familyCaps')).toBe('Hi Li,');
    expect(greeting('hungarian')).toBe('Hi Péter,');
    expect(greeting('chinese')).toBe('Hi 王伟,');
    expect(greeting('japanese')).toBe('Hi 佐藤 由紀,');
    expect(greeting('linkedinMember')).toBe('Hello,');
    expect(greeting('noName')).toBe('Hello,');
  });

  it('notice a profile written in Spanish, French, German or Portuguese', () => {
    const language = (who: string) => compose(corpus[who]!, corpusMentees.analyst!, { channel: 'message', now }).theirLanguage;
    expect(language('spanish')).toBe('es');
    expect(language('french')).toBe('fr');
    expect(language('german')).toBe('de');
    expect(language('portuguese')).toBe('pt');
    expect(language('rich')).toBeUndefined();
  });

  it('say their language once, in the offer to draft in it, never again among the findings', () => {
    for (const who of ['spanish', 'french', 'german', 'portuguese']) {
      const draft = compose(corpus[who]!, corpusMentees.analyst!, { channel: 'message', now });
      const said = [...draft.findings, ...draft.notes].map((finding) => `${finding.message} ${finding.advice}`).join('\n');
      expect(said).not.toMatch(/written in|their language/i);
    }
  });
});
