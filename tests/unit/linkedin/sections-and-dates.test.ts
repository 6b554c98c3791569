import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { teamPage } from './load-page';

/** When these pages are read: a post shown as "3w" old is from 2026-11-10. */
const readAt = Date.UTC(2026, 11, 1, 12);

/** The team's pages for issue 13, six per layout, each made up in the markup of its layout. */
const pages = {
  sdui: ['ruth-abebe', 'mateo-silva', 'priya-raman', 'sione-tupou', 'hanna-lindqvist', 'oluwaseun-bello'],
  ember: ['farah-qureshi', 'diego-ramos', 'ines-duarte', 'kwame-mensah', 'yuki-tanaka', 'lena-fischer'],
  public: ['amaru-quispe', 'zodwa-khumalo', 'nikolai-petrov', 'mei-chen', 'tariq-nasser', 'ana-kovac'],
} as const;

const parsed = new Map<string, Document>();

/** Each page is parsed once (jsdom takes a while on a busy machine) and read as often as asked. */
function read(slug: string, now = readAt): Profile {
  if (!parsed.has(slug)) parsed.set(slug, teamPage(slug));
  return readProfile(parsed.get(slug)!, `https://www.linkedin.com/in/${slug}/`, now);
}

function expected(slug: string): Profile {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, 'expected/team', `${slug}.json`), 'utf8')) as Profile;
}

describe('every section, with dates, on the team’s pages of each layout', () => {
  it.each(Object.entries(pages).flatMap(([layout, slugs]) => slugs.map((slug) => [slug, layout] as const)))(
    '%s (%s): every field as its expectation file holds it, and `missing` exactly what the page lacks',
    (slug, layout) => {
      const profile = read(slug);
      expect(profile.layout).toBe(layout);
      expect(profile).toEqual(expected(slug));
    },
  );

  it('reads roles grouped under one employer as separate roles, each with its period', () => {
    for (const slug of ['ruth-abebe', 'farah-qureshi', 'amaru-quispe']) {
      const roles = read(slug).experience;
      const employer = roles[0]!.company;
      expect(roles.filter((role) => role.company === employer).length, slug).toBeGreaterThanOrEqual(2);
      expect(roles.every((role) => role.title && role.period?.start), slug).toBe(true);
    }
    expect(read('farah-qureshi').experience.map((role) => [role.title, role.company, role.period])).toEqual([
      ['Engineering Director', 'Indus Cloud', { start: '2022-03', ongoing: true }],
      ['Engineering Manager', 'Indus Cloud', { start: '2017-08', end: '2022-02' }],
      ['Software Engineer', 'Systems Ltd', { start: '2012-06', end: '2017-07' }],
    ]);
    expect(read('farah-qureshi').current).toEqual({ title: 'Engineering Director', company: 'Indus Cloud' });
  });

  it('never takes a description for a place, and keeps the whole description the page holds', () => {
    const designer = read('amaru-quispe').experience[2]!;
    expect(designer.location).toBeUndefined();
    expect(designer.description).toBe('Designed the ordering app used by 3,000 family restaurants, and ran the research programme that visited forty of them in the first year.');
    for (const [slug, at] of [['ruth-abebe', 3], ['oluwaseun-bello', 0], ['lena-fischer', 0]] as const) {
      const role = read(slug).experience[at]!;
      expect(role.location, slug).toBeUndefined();
      expect(role.description, slug).toMatch(/^\S.{40,}\.$/);
    }
  });

  it('reads Ember activity cards with their nested links, dated from when the page was read', () => {
    expect(read('diego-ramos').activity).toEqual([
      {
        text: 'Postmortems are for learning, not blame. Here is the template we use, with the questions that changed our on-call.',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7160000000000000041/',
        kind: 'post',
        date: '2026-11-10',
        origin: 'own',
      },
      {
        // Captioned "Diego Ramos reposted this": kept, as the repost it is.
        text: 'Our SRE reading list for 2024, chosen by the people who joined us last year.',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7150000000000000042/',
        kind: 'post',
        date: '2026-10',
        origin: 'repost',
      },
    ]);
    // The same page read a year later: its ages count back from then.
    expect(read('diego-ramos', Date.UTC(2027, 11, 1, 12)).activity.map((post) => post.date)).toEqual(['2027-11-10', '2027-10']);
  });

  it('dates posts shown as "3w", "2 mo" and "1yr" as precisely as the age says', () => {
    expect(read('priya-raman').activity.map((post) => post.date)).toEqual(['2026-11-10', '2026-10', '2025']);
  });

  it('keeps pronouns out of the headline, on the 2026 page and the older one', () => {
    expect(read('mateo-silva')).toMatchObject({ pronouns: 'He/Him', headline: 'Diseñador de producto sénior en Andes Pay | Mentor en ADPList' });
    expect(read('ines-duarte')).toMatchObject({ pronouns: 'Ela/Dela', headline: 'Líder de Engenharia de Dados na Atlântico Seguros' });
    expect(read('ruth-abebe').pronouns).toBeUndefined();
  });

  it('never takes a featured card’s type label for its title; a card with only a label is named by its link or left out', () => {
    expect(read('priya-raman').featured).toEqual([
      { title: 'Data contracts that survive reorgs', url: 'https://www.linkedin.com/pulse/data-contracts-that-survive-reorgs-priya-raman-3xyz/', kind: 'article', date: '2026-03-14' },
      { title: 'Slides: Testing pipelines like software', url: 'https://slides.example/testing-pipelines', kind: 'link' },
    ]);
    expect(read('ines-duarte').featured.map((item) => item.title)).toEqual(['Dados sem drama: contratos entre equipas', 'Guia de mentoria para engenheiras de dados']);
  });

  it('reads the 2026 top card keyed by id, its contact-info overlay link and its school chip', () => {
    expect(read('ruth-abebe')).toMatchObject({ memberId: 'ACoAAR0thAb3b3GrOuPeDrOlEs0000111', location: 'Addis Ababa, Ethiopia' });
    expect(read('mateo-silva')).toMatchObject({ location: 'Santiago, Región Metropolitana, Chile', education: [{ school: 'Universidad de Chile' }] });
  });

  it('reads projects, publications, honours, certifications, volunteering and languages on all three layouts', () => {
    const found = (slugs: readonly string[]) => {
      const profiles = slugs.map((slug) => read(slug));
      return (['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages'] as const).filter((section) =>
        profiles.some((profile) => (profile[section]?.length ?? 0) > 0),
      );
    };
    for (const slugs of Object.values(pages)) expect(found(slugs)).toEqual(['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages']);
    expect(read('kwame-mensah').publications).toEqual([
      { title: 'Low-resource speech recognition for Akan languages', by: 'ACL Anthology', date: '2023-07-10', description: 'We show that a small amount of transcribed Twi improves recognition across three related languages.' },
      { title: 'Teaching algorithms with market games', by: 'SIGCSE', date: '2019' },
    ]);
    expect(read('hanna-lindqvist').honors?.[0]).toEqual({
      title: 'Nordic Security Champion of the Year',
      by: 'Nordic CISO Forum',
      date: '2025-11',
      description: 'For leading the bank-wide move to passkeys without a single locked-out customer.',
    });
  });
});
