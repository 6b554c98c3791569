import { describe, expect, it } from 'vitest';
import { channels } from '@/utils/outreach/channels';
import { compose } from '@/utils/outreach/compose';
import { findHooks } from '@/utils/outreach/hooks';
import { firstNameOf } from '@/utils/outreach/names';
import { generateMe, generateProfile } from './generate';

const seeds = Array.from({ length: 800 }, (_, index) => index + 1);
const inputs = seeds.map((seed) => {
  const profile = generateProfile(seed);
  const me = generateMe(seed);
  return { seed, profile, me, hooks: findHooks(profile, me) };
});
const cases = inputs.flatMap((input) =>
  channels.map((channel, index) => ({
    ...input,
    channel,
    choices: {
      channel,
      ...(input.hooks.length > 0 && { hook: input.hooks[(input.seed + index) % input.hooks.length] }),
      tone: input.seed % 3 === 0 ? ('concise' as const) : ('warm' as const),
      wording: input.seed % 4,
    },
  })),
);

// Each case is drafted once: every property below reads the same drafts.
const drafted = cases.map((entry) => ({ ...entry, draft: compose(entry.profile, entry.me, entry.choices) }));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(`drafts over ${cases.length} generated profiles, settings and channels`, () => {
  it('never go over the channel limit, for the body or the subject', () => {
    for (const { choices, seed, draft } of drafted) {
      expect(draft.body.length, `seed ${seed} ${choices.channel}`).toBeLessThanOrEqual(draft.limit.body);
      expect(draft.subject?.length ?? 0, `seed ${seed} ${choices.channel}`).toBeLessThanOrEqual(draft.limit.subject ?? 0);
    }
  });

  it('greet them by first name, or with a neutral "Hello," when the name is unknown or too long', () => {
    for (const { profile, seed, draft: { body } } of drafted) {
      const first = firstNameOf(profile.name, profile.firstName);
      const greeting = first ? new RegExp(`^(?:(?:Hi|Dear) ${escape(first)},|Hello,)`) : /^Hello,/;
      expect(body, `seed ${seed}`).toMatch(greeting);
    }
  });

  it('always ask for a 15 or 20 minute chat, and never ask them to be a mentor', () => {
    for (const { seed, draft } of drafted) {
      expect(draft.body, `seed ${seed}`).toMatch(/\b(?:15|20)[- ]minutes?\b/);
      expect(draft.body, `seed ${seed}`).not.toMatch(/mentor|pick your brain/i);
    }
  });

  it('leave no placeholders or empty fields behind', () => {
    for (const { seed, draft: { body, subject } } of drafted) {
      expect(`${subject ?? ''}\n${body}`, `seed ${seed}`).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[[^\]]*\]|\s,|,,|\.\.(?!\.)|"\s*"/);
    }
  });

  it('with a hook, cite it and pass every check', () => {
    for (const { choices, seed, draft } of drafted.filter((c) => c.choices.hook)) {
      // The composer's own notes (no persona, no introduction in Me…) are about the settings, not the words.
      const checked = draft.findings.filter((finding) => !draft.notes.includes(finding));
      expect(checked, `seed ${seed} ${choices.channel}: ${draft.body}`).toEqual([]);
    }
  });

  it('never shorten a quote, and end on a whole sentence', () => {
    for (const { seed, draft: { body } } of drafted) {
      expect(body, `seed ${seed}`).not.toMatch(/"[^"\n]*…[^"\n]*"/);
      expect(body.trimEnd(), `seed ${seed}`).toMatch(/[.!?]$|\n[^\n]+$|, [^,.!?]+$/u);
    }
  });

  it('give the same draft for the same inputs', () => {
    for (const { profile, me, choices } of cases.slice(0, 400)) {
      expect(compose(structuredClone(profile), structuredClone(me), { ...choices })).toEqual(compose(profile, me, choices));
    }
  });
});
