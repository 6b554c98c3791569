import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { teamPage } from './load-page';

/** When the team's pages are read in these tests: a post shown as "2d" old is from 2026-11-29. */
export const readAt = Date.UTC(2026, 11, 1, 12);

function read(slug: string, url = `https://www.linkedin.com/in/${slug}/`): Profile {
  return readProfile(teamPage(slug), url, readAt);
}

/** The sections these older team pages do not show. */
const noSections = ['projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages'];

describe('readProfile on the team’s pages (made-up people)', () => {
  it.each([
    ['amara-okafor', 'sdui', 'Amara Okafor', 'Amara', 'Head of Platform Engineering at Lumen Freight | Mentor for early-career engineers', 'Lagos, Lagos State, Nigeria', { title: 'Head of Platform Engineering', company: 'Lumen Freight' }],
    ['tomasz-wojcik', 'ember', 'Tomasz Wójcik', 'Tomasz', 'Staff Product Designer w Brightwater | Systemy projektowe', 'Kraków, Województwo małopolskie, Polska', { title: 'Staff Product Designer', company: 'Brightwater' }],
    ['lucia-ferreira', 'public', 'Lucia Ferreira', 'Lucia', 'Director of Data Science at Solaris Health · Mentoring women in analytics', 'Lisbon, Lisbon, Portugal', { title: 'Director of Data Science', company: 'Solaris Health' }],
    ['kenji-watanabe', 'sdui', 'Kenji Watanabe', 'Kenji', 'Engineering Manager, Payments at Kitsune Pay', undefined, { title: 'Engineering Manager, Payments', company: 'Kitsune Pay' }],
  ])('reads %s (%s layout): name, first name, headline, location, current role', (slug, layout, name, firstName, headline, location, current) => {
    const profile = read(slug);
    expect(profile).toMatchObject({ url: `https://www.linkedin.com/in/${slug}/`, slug, layout, name, firstName, headline, current });
    expect(profile.location).toBe(location);
  });

  it.each([
    ['amara-okafor', noSections],
    ['tomasz-wojcik', noSections],
    ['lucia-ferreira', ['memberId', 'featured', 'skills', ...noSections]],
    ['kenji-watanabe', ['location', 'about', 'education', 'featured', 'activity', 'skills', ...noSections]],
    ['noor-haddad', ['current', 'about', 'experience', 'education', 'featured', 'activity', 'skills', ...noSections]],
  ])('names exactly what %s does not show: %j', (slug, missing) => {
    expect(read(slug).missing).toEqual(missing);
  });

  it('reads every section of a full server-driven page, featured items and activity included', () => {
    const profile = read('amara-okafor');
    expect(profile.memberId).toBe('ACoAAB3mAr4Ok4f0rX9Q2wzL7pHs4dVt3nKe5A');
    expect(profile.about).toMatch(/^I build the boring infrastructure .* design docs people actually read\.$/);
    expect(profile.experience).toEqual([
      { title: 'Head of Platform Engineering', company: 'Lumen Freight', dates: 'Jan 2023 – Present · 3 yrs', location: 'Lagos, Nigeria · Hybrid', description: 'Leads 40 engineers across infrastructure, developer tooling and reliability.', period: { start: '2023-01', ongoing: true } },
      { title: 'Senior Software Engineer', company: 'Lumen Freight', dates: 'Mar 2019 – Dec 2022 · 3 yrs 10 mos', location: 'Lagos, Nigeria', period: { start: '2019-03', end: '2022-12' } },
      { title: 'Software Engineer', company: 'Paystack', dates: 'Jun 2016 – Feb 2019 · 2 yrs 9 mos', location: 'Lagos, Nigeria', period: { start: '2016-06', end: '2019-02' } },
    ]);
    expect(profile.education).toEqual([{ school: 'University of Lagos', degree: 'BSc, Computer Science', dates: '2011 – 2015', period: { start: '2011', end: '2015' } }]);
    expect(profile.featured).toEqual([
      { title: 'What I learned scaling freight APIs to 40 countries', url: 'https://www.linkedin.com/pulse/what-i-learned-scaling-freight-apis-amara-okafor-1abc/', kind: 'article' },
      { title: 'Our platform team’s on-call handbook is now public', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7301000000000000001/', kind: 'post' },
      // The safety redirect is unwrapped to where the link really goes.
      { title: 'Talk: Boring infrastructure wins (slides)', url: 'https://platform-notes.example/boring-infrastructure', kind: 'link' },
    ]);
    expect(profile.activity.map((item) => [item.text, item.date])).toEqual([
      ['Three questions I ask every mentee in our first chat: what are you optimising for this year, what is slowing you down, and who else should you be talking to?', '2026-11-29'],
      ['We cut our deploy time from 40 minutes to 6. The write-up, with the mistakes we made on the way, is in the comments.', '2026-11-24'],
    ]);
    expect(profile.skills).toEqual(['Distributed systems', 'Mentoring', 'Go']);
  });

  it('keeps page chrome out of every field: nav counts, the pronunciation player, degree badges, other profiles', () => {
    const text = JSON.stringify(read('amara-okafor'));
    for (const chrome of ['notification', 'Video Player', 'modal window', '2nd', 'Femi', 'Ngozi', 'More profiles', 'followers', 'Contact info', 'see more']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads the older layout once, not twice, despite its screen-reader copies, with grouped roles under one employer', () => {
    const profile = read('tomasz-wojcik');
    expect(profile.experience).toEqual([
      { title: 'Staff Product Designer', company: 'Brightwater', dates: 'sty 2022 – obecnie · 4 lata 3 mies.', location: 'Kraków, Polska · Hybrydowo', period: { start: '2022-01', ongoing: true } },
      { title: 'Senior Product Designer', company: 'Brightwater', dates: 'gru 2019 – sty 2022 · 2 lata 2 mies.', period: { start: '2019-12', end: '2022-01' } },
      { title: 'Product Designer', company: 'Pixel & Oak', dates: 'lip 2017 – lis 2019 · 2 lata 5 mies.', location: 'Wrocław, Polska', period: { start: '2017-07', end: '2019-11' } },
    ]);
    expect(profile.about).toBe('Projektuję systemy projektowe dla zespołów, które rosną szybciej niż ich interfejsy. Chętnie rozmawiam z osobami, które zaczynają w UX.');
    expect(profile.skills).toEqual(['Figma', 'Systemy projektowe', 'Badania z użytkownikami']);
    expect(profile.featured).toEqual([{ title: 'Tokeny projektowe bez bólu', url: 'https://www.linkedin.com/pulse/tokeny-projektowe-bez-bolu-tomasz-wojcik-9xyz/', kind: 'article' }]);
    // "1 tydz." is one week in Polish.
    expect(profile.activity).toMatchObject([{ kind: 'post', date: '2026-11-24' }]);
    expect(JSON.stringify(profile)).not.toMatch(/Kontakt 2\. stopnia|Strona główna|Anna Nowak|od stycznia 2022/);
  });

  it('takes the older page’s embedded data only from the block for this profile, not a previous one', () => {
    const profile = read('tomasz-wojcik');
    expect(profile.memberId).toBe('ACoAAC7t0m4szW0jc1kPlPlPlPl0987654');
    expect(JSON.stringify(profile)).not.toContain('Amara');
  });

  it('reads the public page: only the person’s own posts, then their articles', () => {
    const profile = read('lucia-ferreira');
    expect(profile.activity).toEqual([
      { text: 'Office hours are back: bring one question about moving into data science.', url: 'https://pt.linkedin.com/posts/lucia-ferreira_office-hours-are-back-activity-7330000000000000021-abcd', kind: 'post', origin: 'own' },
      { text: 'Forecasting beds, not burnout', url: 'https://pt.linkedin.com/pulse/forecasting-beds-not-burnout-lucia-ferreira-2def', kind: 'article', date: '2026-03-03', origin: 'own' },
    ]);
    expect(profile.education).toEqual([{ school: 'Universidade de Lisboa', degree: 'Master’s Degree, Statistics', dates: '2012 - 2014', period: { start: '2012', end: '2014' } }]);
    expect(profile.experience.map((role) => `${role.title} @ ${role.company}`)).toEqual([
      'Director of Data Science @ Solaris Health',
      'Lead Data Scientist @ Solaris Health',
      'Data Analyst @ Farol Insurance',
    ]);
    expect(JSON.stringify(profile)).not.toMatch(/Sign in|Rui Santos|followers/);
  });

  it('ignores the previous profile’s embedded data and head left behind by in-app navigation', () => {
    const profile = read('noor-haddad');
    expect(profile).toMatchObject({ name: 'Noor Haddad', firstName: 'Noor', memberId: 'ACoAAE4n00rH4dd4dJoJoJoJoJo44556677', headline: 'Product Lead, Growth at Wadi Labs', location: 'Amman, Jordan' });
    expect(JSON.stringify(profile)).not.toMatch(/Amara|Okafor|Lumen/);
  });

  it('reads nothing from a page LinkedIn has not swapped yet: the address is the new person’s, the page the old one’s', () => {
    const profile = readProfile(teamPage('amara-okafor'), 'https://www.linkedin.com/in/kenji-watanabe/');
    expect(profile.url).toBe('https://www.linkedin.com/in/kenji-watanabe/');
    expect(profile.missing).toContain('name');
    expect(JSON.stringify(profile)).not.toMatch(/Amara|Okafor|Lumen/);
  });

  it('gives hostile text back as plain text: no scripts, no markup, no direction overrides; RTL and emoji kept', () => {
    const profile = read('zainab-el-amrani');
    expect(profile.name).toBe('Zainab El-Amrani زينب العمراني 🌍');
    expect(profile.headline).toBe('<img src=x onerror=alert(1)> Building safe systems 👩🏽‍💻');
    expect(profile.location).toBe('الدار البيضاء، المغرب');
    expect(profile.about).toBe('أبني أنظمة دفع آمنة. Read more </span><script>alert("about")</script>');
    // A javascript: link is not a link to keep.
    expect(profile.featured).toEqual([{ title: 'Threat modelling for payment teams 🔐' }]);
    expect(JSON.stringify(profile)).not.toMatch(/__pwned|document\.title|color: red|\u202e/);
  });

  it('never throws: an empty page, a feed page and a non-profile address give everything missing', () => {
    const empty = readProfile(new DOMParser().parseFromString('', 'text/html'), 'https://www.linkedin.com/in/amara-okafor/');
    expect(empty).toMatchObject({ layout: 'unknown', url: 'https://www.linkedin.com/in/amara-okafor/', experience: [], skills: [] });
    expect(empty.missing).toHaveLength(18);
    const feed = readProfile(teamPage('feed'), 'https://www.linkedin.com/feed/');
    expect(feed).toMatchObject({ slug: '', layout: 'unknown' });
    expect(feed.missing).toHaveLength(18);
  });

  it('keeps reading the other fields when one section’s markup changes', () => {
    const doc = teamPage('amara-okafor');
    // A redesign renames the experience card: experience and the role taken from it go missing.
    doc.querySelector('[componentkey$="ExperienceTopLevelSection"]')?.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.refXWorkHistoryV2');
    const profile = readProfile(doc, 'https://www.linkedin.com/in/amara-okafor/');
    expect(profile.missing).toEqual(['experience', ...noSections]);
    expect(profile.current).toEqual({ company: 'Lumen Freight' });
    expect(profile.skills).toEqual(['Distributed systems', 'Mentoring', 'Go']);
  });
});
