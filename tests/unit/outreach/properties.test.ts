import { describe, expect, it } from 'vitest';
import { channels } from '@/utils/outreach/channels';
import { compose } from '@/utils/outreach/compose';
import { findHooks } from '@/utils/outreach/hooks';
import { firstNameOf } from '@/utils/outreach/text';
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every word a draft may end a shortened quote on: the words of the profile and of Me. */
const wordsOf = (value: unknown) => new Set(JSON.stringify(value).toLowerCase().match(/[\p{L}\p{N}]+/gu));

describe(`drafts over ${cases.length} generated profiles, settings and channels`, () => {
  it('never go over the channel limit, for the body or the subject', () => {
    for (const { profile, me, choices, seed } of cases) {
      const draft = compose(profile, me, choices);
      expect(draft.body.length, `seed ${seed} ${choices.channel}`).toBeLessThanOrEqual(draft.limit.body);
      expect(draft.subject?.length ?? 0, `seed ${seed} ${choices.channel}`).toBeLessThanOrEqual(draft.limit.subject ?? 0);
    }
  });

  it('greet them by first name, or with a neutral "Hello," when the name is unknown or too long', () => {
    for (const { profile, me, choices, seed } of cases) {
      const { body } = compose(profile, me, choices);
      const first = firstNameOf(profile.name, profile.firstName);
      const greeting = first ? new RegExp(`^(?:(?:Hi|Dear) ${escape(first)},|Hello,)`) : /^Hello,/;
      expect(body, `seed ${seed}`).toMatch(greeting);
    }
  });

  it('always ask for a 15 or 20 minute chat, and never ask them to be a mentor', () => {
    for (const { profile, me, choices, seed } of cases) {
      const draft = compose(profile, me, choices);
      expect(draft.body, `seed ${seed}`).toMatch(/\b(?:15|20)[- ]minute/);
      expect(draft.body, `seed ${seed}`).not.toMatch(/mentor|pick your brain/i);
    }
  });

  it('leave no placeholders or empty fields behind', () => {
    for (const { profile, me, choices, seed } of cases) {
      const { body, subject } = compose(profile, me, choices);
      expect(`${subject ?? ''}\n${body}`, `seed ${seed}`).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[[^\]]*\]|\s,|,,|\.\.(?!\.)|"\s*"/);
    }
  });

  it('with a hook, cite it and pass every check', () => {
    for (const { profile, me, choices, seed } of cases.filter((c) => c.choices.hook)) {
      const draft = compose(profile, me, choices);
      expect(draft.findings, `seed ${seed} ${choices.channel}: ${draft.body}`).toEqual([]);
    }
  });

  it('shorten a quote only after a whole word, and end on a whole sentence', () => {
    for (const { profile, me, choices, seed } of cases) {
      const { body } = compose(profile, me, choices);
      const words = wordsOf({ profile, me });
      for (const [, word] of body.matchAll(/([\p{L}\p{N}]+)…/gu)) {
        const whole = word!.toLowerCase();
        // Scripts without spaces are shortened by characters, which are words there.
        if (!/[\p{sc=Han}]/u.test(whole)) expect(words.has(whole), `seed ${seed}: "${word}…" in ${body}`).toBe(true);
      }
      expect(body.trimEnd(), `seed ${seed}`).toMatch(/[.!?]$|\n[^\n]+$|, [^,.!?]+$/u);
    }
  });

  it('give the same draft for the same inputs', () => {
    for (const { profile, me, choices } of cases.slice(0, 400)) {
      expect(compose(structuredClone(profile), structuredClone(me), { ...choices })).toEqual(compose(profile, me, choices));
    }
  });
});
