import { describe, expect, it } from 'vitest';
import { compose } from '@/utils/outreach/compose';
import { findHooks } from '@/utils/outreach/hooks';
import { hookNames, wordingFor } from '@/utils/outreach/wording';
import { nativeMes } from './people-i18n';
import { personNamed } from './people';

const now = Date.UTC(2026, 11, 2, 10);
const post = 'Three questions I ask every mentee in our first chat: what are you optimising for this year, what is slowing you down, and who else should you be talking to?';
const priya = personNamed('priya-example', 'Priya Raman', {
  headline: 'Engineering manager helping analysts grow into product roles',
  about: 'I lead the data platform team at Northwind and mentor analysts who want to move into product management.',
  activity: [{ text: post, date: '2026-11-29', kind: 'post' }],
});

describe('a title is cut to its topic only in a draft in its own language', () => {
  it('names an English post in Spanish by its quoted title or its kind, never "sobre" its English words', () => {
    const [hook] = findHooks(priya, nativeMes.es, now);
    const { mentions, plain } = hookNames(hook!, wordingFor('es'));
    expect(mentions).toEqual(['su publicación reciente «Three questions I ask every mentee in our first chat»']);
    expect(plain).toBe('su publicación reciente');
  });

  it('still names a Spanish post in a Spanish draft by its topic', () => {
    const ana = personNamed('ana-example', 'Ana Ruiz', {
      headline: 'Directora de producto en Tramontana Pagos',
      about: 'Dirijo el equipo de producto de pagos y ayudo a analistas que quieren dar el paso a la gestión de producto.',
      activity: [{ text: 'Cadenas de suministro sostenibles: lo que aprendimos en diez años de pagos en la región', date: '2026-11-29', kind: 'post' }],
    });
    const [hook] = findHooks(ana, nativeMes.es, now);
    expect(hookNames(hook!, wordingFor('es')).mentions).toContain('su publicación reciente sobre cadenas de suministro sostenibles');
  });

  it('a Spanish draft never turns an English post into a Spanish sentence about English words', () => {
    for (const channel of ['connection-note', 'message', 'inmail'] as const) {
      const draft = compose(priya, nativeMes.es, { channel, now });
      expect(draft.body).not.toMatch(/sobre three questions/i);
      expect(draft.body).toMatch(/publicación/);
    }
  });

  it('an English draft names the same post in its own words, in quotation marks', () => {
    const [hook] = findHooks(priya, { ...nativeMes.es, language: 'en' }, now);
    expect(hook?.mentions).toContain('your recent post "Three questions I ask every mentee in our first chat"');
    // Unquoted, her "I" would be the mentee's: "your post on three questions I ask every mentee".
    expect(hook?.mentions.some((mention) => /on three questions I ask/i.test(mention))).toBe(false);
  });
});

describe('a note over the limit with its best hook', () => {
  // Read side by side (2026-12-02): a German note citing "Ihr ehrenamtliches Engagement bei
  // Python Development Team" could not fit 200 characters whatever was cut, and dropped who I am.
  it('is written with the next hook that fits, still saying who I am', () => {
    const guido = personNamed('guido-example', 'Guido van Rossum', {
      volunteering: [{ role: 'BDFL', organization: 'Python Development Team' }],
      projects: [{ title: 'Python programming language', period: { start: '1991-01', ongoing: true } }],
    });
    const draft = compose(guido, nativeMes.de, { channel: 'connection-note', now });
    expect(draft.findings.map((finding) => finding.id)).not.toContain('over-limit');
    expect(draft.notes.map((note) => note.id)).not.toContain('intro-left-out');
    expect(draft.body).toMatch(/^Hallo Guido,/);
  });
});

describe('a label before a title is not its title, in every draft language', () => {
  // Read side by side (issue 26): "sua palestra «Palestra no Congresso…: …»" quoted the label with the title.
  const talks = {
    en: ['Keynote at Money20/20 Europe: Open banking for people the banks left behind', 'Open banking for people the banks left behind', /Keynote at|Money20/],
    es: ['Ponencia en el Congreso Nacional de Ingeniería Civil: Puentes que duran cien años', 'Puentes que duran cien años', /Ponencia en|Congreso Nacional/],
    fr: ['Conférence aux Rencontres RH de Lyon : Recruter sans CV ni diplôme', 'Recruter sans CV ni diplôme', /Conférence aux|Rencontres RH/],
    de: ['Vortrag beim Patentrechtstag 2025: Standardessentielle Patente in der Praxis', 'Standardessentielle Patente in der Praxis', /Vortrag beim|Patentrechtstag/],
    pt: ['Palestra no Congresso Brasileiro de Informática em Saúde: Prontuário eletrônico sem retrabalho', 'Prontuário eletrônico sem retrabalho', /Palestra no|Congresso Brasileiro/],
  } as const;

  for (const [language, [title, withoutLabel, label]] of Object.entries(talks)) {
    it(`${language}: cites the talk by the words after its label`, () => {
      const speaker = personNamed(`speaker-${language}`, 'Rosa Lindqvist', { featured: [{ title, kind: 'media', date: '2026-10' }] });
      const me = language === 'en' ? { ...nativeMes.es, language: 'en' as const } : nativeMes[language as Exclude<keyof typeof talks, 'en'>];
      for (const channel of ['connection-note', 'inmail'] as const) {
        const draft = compose(speaker, me, { channel, now });
        expect(`${draft.subject ?? ''}\n${draft.body}`).not.toMatch(label);
        // A 200-character note may have room for its kind alone ("your recent talk"); a letter names it.
        if (channel === 'inmail') expect(draft.body.toLowerCase()).toContain(withoutLabel.toLowerCase());
      }
    });
  }
});
