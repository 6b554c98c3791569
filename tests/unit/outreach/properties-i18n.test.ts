import { describe, expect, it, vi } from 'vitest';
import { channels } from '@/utils/outreach/channels';
import { compose } from '@/utils/outreach/compose';
import { findHooks } from '@/utils/outreach/hooks';
import { firstNameOf, fullNameOf } from '@/utils/outreach/names';
import { generateMeIn, generateProfileIn } from './generate-i18n';
import { type Foreign, foreignLanguages } from './people-i18n';

// Hundreds of drafts per language: on a shared machine this takes longer than the default five seconds.
vi.setConfig({ testTimeout: 30_000 });

/** The English composer's properties (properties.test.ts), for a mentee and a mentor who both write in another language. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const greetings: Record<Foreign, (first: string, full: string) => RegExp> = {
  es: (first) => new RegExp(`^(?:(?:Hola|Buenos días), ${escape(first)}:|Buenos días:)`),
  fr: (first) => new RegExp(`^(?:Bonjour ${escape(first)},|Bonjour,)`),
  de: (first, full) => new RegExp(`^(?:Hallo ${escape(first)},|Guten Tag ${escape(full)},|Guten Tag,)`),
  pt: (first) => new RegExp(`^(?:Olá, ${escape(first)},|Olá,)`),
};
const neutral: Record<Foreign, RegExp> = { es: /^Buenos días:/, fr: /^Bonjour,/, de: /^Guten Tag,/, pt: /^Olá,/ };
const timeBox = /\b(?:15|20)(?: minutos| minutes| Minuten|-minütig)/;
const mentorWords = /mentor|tutor|padrin|madrin|parrain|marraine|coach|pick your brain|patenschaft/i;
/** English a reader would notice: function words and the English draft's own phrases. None may be left in another language's draft. */
const english =
  /(?<![\p{L}])(?:the|and|your|you|with|would|could|about|thank|thanks|hello|dear|hi|regards|best|chat|weeks|coming|schedule|grateful|inspired|writing|hope|I'm|I am|what|how|why|when|my|our|this|that|is|are|can|of)(?![\p{L}])/iu;
/** Quoted titles are theirs: an English word inside one is not the draft's. */
const withoutQuotes = (text: string) => text.replace(/«[^»]*»|„[^“]*“|“[^”]*”/g, '');

const seeds = Array.from({ length: 200 }, (_, index) => index + 1);

describe.each(foreignLanguages)('drafts in %s over generated profiles, settings and channels', (language) => {
  const drafted = seeds.flatMap((seed) => {
    const profile = generateProfileIn(seed, language);
    const me = generateMeIn(seed, language);
    const hooks = findHooks(profile, me);
    return channels.map((channel, index) => {
      const choices = {
        channel,
        language,
        ...(hooks.length > 0 && { hook: hooks[(seed + index) % hooks.length] }),
        tone: seed % 3 === 0 ? ('concise' as const) : ('warm' as const),
        wording: seed % 4,
      };
      return { seed, profile, me, choices, draft: compose(profile, me, choices) };
    });
  });

  it('never go over the channel limit, for the body or the subject', () => {
    for (const { choices, seed, draft } of drafted) {
      expect(draft.body.length, `seed ${seed} ${choices.channel}: ${draft.body}`).toBeLessThanOrEqual(draft.limit.body);
      expect(draft.subject?.length ?? 0, `seed ${seed} ${choices.channel}`).toBeLessThanOrEqual(draft.limit.subject ?? 0);
    }
  });

  it('greet them by name in the language’s own form, or neutrally when the name is unknown', () => {
    for (const { profile, seed, draft: { body } } of drafted) {
      const first = firstNameOf(profile.name, profile.firstName);
      expect(body, `seed ${seed}`).toMatch(first ? greetings[language](first, fullNameOf(profile.name, first)) : neutral[language]);
      expect(body, `seed ${seed}`).toMatch(first ? /./ : neutral[language]);
    }
  });

  it('always ask for a 15 or 20 minute chat, and never ask them to be a mentor', () => {
    for (const { seed, draft } of drafted) {
      expect(draft.body, `seed ${seed}`).toMatch(timeBox);
      expect(draft.body, `seed ${seed}`).not.toMatch(mentorWords);
    }
  });

  it('leave no placeholders or empty fields behind', () => {
    for (const { seed, draft: { body, subject } } of drafted) {
      expect(`${subject ?? ''}\n${body}`, `seed ${seed}`).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[[^\]]*\]|[ \u00A0\u202F],|,,|\.\.(?!\.)|«\s*»|„\s*“|“\s*”/);
    }
  });

  it('with a hook, cite it and pass every check, read in the draft’s language', () => {
    for (const { choices, seed, draft } of drafted.filter((entry) => entry.choices.hook)) {
      const checked = draft.findings.filter((finding) => !draft.notes.includes(finding));
      expect(checked, `seed ${seed} ${choices.channel}: ${draft.body}`).toEqual([]);
    }
  });

  it('never shorten a quote, and end on a whole sentence', () => {
    for (const { seed, draft: { body } } of drafted) {
      expect(body, `seed ${seed}`).not.toMatch(/[«„“][^»“”\n]*…[^»“”\n]*[»“”]/);
      expect(body.trimEnd(), `seed ${seed}`).toMatch(/[.!?]$|\n[^\n]+$/u);
    }
  });

  it('give the same draft for the same inputs', () => {
    for (const { profile, me, choices } of drafted.slice(0, 60)) {
      expect(compose(structuredClone(profile), structuredClone(me), { ...choices })).toEqual(compose(profile, me, choices));
    }
  });

  it('leave no English behind: no English word outside a title they wrote', () => {
    for (const { seed, choices, draft: { body, subject } } of drafted) {
      const text = withoutQuotes(`${subject ?? ''}\n${body}`);
      expect(text, `seed ${seed} ${choices.channel}: ${text.match(english)?.[0]}`).not.toMatch(english);
    }
  });

  it('use the language’s own punctuation', () => {
    for (const { seed, draft: { body, subject } } of drafted) {
      const text = `${subject ?? ''}\n${body}`;
      if (language === 'fr') {
        const ours = withoutQuotes(text);
        // A narrow no-break space before ; ! ? and inside « », a no-break space before a colon: never a plain space, never none.
        expect(ours, `seed ${seed}`).not.toMatch(/[ \p{L}\p{N}][;!?»]|« |[ \p{L}\p{N}]:(?!\/\/)/u);
        expect(text.match(/«/g)?.length ?? 0, `seed ${seed}`).toBe(text.match(/«\u202F[^»]*\u202F»/g)?.length ?? 0);
      }
      if (language === 'es') {
        // Every question and exclamation opens with ¿ or ¡ in the same sentence.
        for (const sentence of text.split(/(?<=[.?!:])\s+/)) {
          if (sentence.includes('?')) expect(sentence, `seed ${seed}`).toContain('¿');
          if (sentence.includes('!')) expect(sentence, `seed ${seed}`).toContain('¡');
        }
      }
      if (language === 'de') {
        expect(text.split('„').length, `seed ${seed}`).toBe(text.split('“').length);
        expect(text, `seed ${seed}`).not.toMatch(/"|«|»/);
      }
      if (language === 'pt') expect(text.split('“').length, `seed ${seed}`).toBe(text.split('”').length);
    }
  });
});
