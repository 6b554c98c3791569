import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadingSections } from '@/utils/linkedin/loading-sections';
import { readProfile } from '@/utils/linkedin/read-profile';
import { fieldsToType } from '@/utils/sizing-up/typed-fields';
import { realCapturesRun } from '../../real-captures';
import { loadPage, realCaptures, teamFixtures, teamPage } from './load-page';
import { captures } from './real-capture-list';

/** When the pages are read: ages such as "2d" count back from here. */
const readAt = Date.UTC(2026, 11, 1, 12);

// Issue 27, item 4: LinkedIn draws a logged-in profile's lower sections after its top card.
// These made-up pages are two team pages as first drawn, with Experience and Activity loading.
const firstDrawn = {
  ember: { file: 'tomasz-wojcik-loading', url: 'https://www.linkedin.com/in/tomasz-wojcik/' },
  sdui: { file: 'amara-okafor-loading', url: 'https://www.linkedin.com/in/amara-okafor/' },
} as const;
/** Made-up pages that show a section loading (the e2e page's Activity loads until its script fills it). */
const loadingPages = new Set(['tomasz-wojcik-loading.html', 'amara-okafor-loading.html', 'ingrid-solberg.html']);

/** A made-up logged-in page: an Ember top card and the given cards below it. */
function emberPage(cards: string): Document {
  return new DOMParser().parseFromString(
    `<body class="render-mode-BIGPIPE"><main><section class="artdeco-card pv-top-card"><h1>Ada Lovelace</h1>
       <a href="/in/ada-lovelace/overlay/contact-info/">Contact info</a></section>${cards}</main></body>`,
    'text/html',
  );
}
const ada = 'https://www.linkedin.com/in/ada-lovelace/';
const card = (id: string, body: string) =>
  `<section class="artdeco-card"><div id="${id}" class="pv-profile-card__anchor"></div><div class="pvs-header__container"><h2><span aria-hidden="true">Heading</span></h2><span class="pvs-header__subtitle"><span aria-hidden="true">1,204 followers</span></span></div>${body}</section>`;
const post = '<ul><li class="artdeco-list__item"><span aria-hidden="true">Ada Lovelace</span><span aria-hidden="true">Notes on the analytical engine, and what it might one day compose.</span></li></ul>';

describe('loadingSections: which sections LinkedIn is still filling in', () => {
  it('on an Ember page, names Experience and Activity while they show a spinner or skeleton rows', () => {
    expect(loadingSections(teamPage(firstDrawn.ember.file), 'ember')).toEqual(['experience', 'activity']);
  });

  it('looks only at the sections asked about (the reader asks about those it could not read)', () => {
    expect(loadingSections(teamPage(firstDrawn.ember.file), 'ember', ['about', 'activity'])).toEqual(['activity']);
  });

  it('on a server-driven page, names the busy Experience card and Activity pill', () => {
    expect(loadingSections(teamPage(firstDrawn.sdui.file), 'sdui')).toEqual(['experience', 'activity']);
  });

  it.each([
    ['an aria-busy region', '<div aria-busy="true"></div>'],
    ['LinkedIn’s artdeco-loader', '<div class="artdeco-loader artdeco-loader--small"></div>'],
    ['a pvs-loader', '<div class="pvs-loader"></div>'],
    ['grey skeleton rows', '<ul><li class="artdeco-list__item"><div class="skeleton-line"></div></li></ul>'],
    ['a ghost placeholder on an empty card', '<div class="ghost-entity"></div>'],
    ['a placeholder block on an empty card', '<div class="card-placeholder"></div>'],
  ])('counts %s as loading', (_what, loader) => {
    expect(loadingSections(emberPage(card('content_collections', loader)), 'ember')).toEqual(['activity']);
  });

  it.each([
    ['a loaded card whose entries show ghost logos', `<ul><li class="artdeco-list__item"><div class="EntityPhoto-square-3-ghost-company"></div><span aria-hidden="true">Analyst</span></li></ul>`],
    ['a loaded card with a spinner for more entries below them', `${post}<div class="artdeco-loader"></div>`],
    ['a card whose spinner is hidden', `<div hidden><div class="artdeco-loader"></div></div>`],
    ['a card with no loader at all (an empty section)', ''],
  ])('does not count %s', (_what, body) => {
    expect(loadingSections(emberPage(card('content_collections', body)), 'ember')).toEqual([]);
  });

  it('reads About as loading while its card holds only its heading and a loader, not once it has text', () => {
    expect(loadingSections(emberPage(card('about', '<div class="artdeco-loader"></div>')), 'ember')).toEqual(['about']);
    expect(loadingSections(emberPage(card('about', '<div class="artdeco-loader"></div><div class="inline-show-more-text"><span aria-hidden="true">I write about engines.</span></div>')), 'ember')).toEqual([]);
  });

  it('says nothing of public and 2016-era pages, which LinkedIn serves whole', () => {
    const page = emberPage(card('content_collections', '<div aria-busy="true"></div>'));
    expect(loadingSections(page, 'public')).toEqual([]);
    expect(loadingSections(page, 'unknown')).toEqual([]);
  });
});

describe('readProfile on a page still filling in its sections', () => {
  it.each(Object.entries(firstDrawn))('%s: says Experience and Activity (and so the current role) are loading, not missing', (_layout, { file, url }) => {
    const profile = readProfile(teamPage(file), url, readAt);
    expect(profile.name).toBeTruthy();
    expect(profile.loading).toEqual(expect.arrayContaining(['experience', 'activity']));
    for (const field of profile.loading ?? []) expect(profile.missing).not.toContain(field);
    expect(profile.experience).toEqual([]);
    expect(profile.activity).toEqual([]);
    // What was drawn is read as on the whole page.
    const whole = readProfile(teamPage(file.replace('-loading', '')), url, readAt);
    expect(profile.about).toBe(whole.about);
    expect(profile.education).toEqual(whole.education);
    expect(profile.skills).toEqual(whole.skills);
    expect(whole.loading).toBeUndefined();
  });

  it('on the end-to-end page, Activity alone is loading until the page fills it in', () => {
    const profile = readProfile(teamPage('ingrid-solberg'), 'https://www.linkedin.com/in/ingrid-solberg/', readAt);
    expect(profile.loading).toEqual(['activity']);
    expect(profile.current).toEqual({ title: 'Head of Platform Engineering', company: 'Lumen Freight' });
  });

  it('on Ember, where only Experience names the current role, the role is loading too', () => {
    expect(readProfile(teamPage(firstDrawn.ember.file), firstDrawn.ember.url, readAt).loading).toEqual(['current', 'experience', 'activity']);
  });

  it('never asks the user to type a job title or employer that Experience is still loading', () => {
    for (const { file, url } of Object.values(firstDrawn)) {
      const fields = fieldsToType(readProfile(teamPage(file), url, readAt));
      expect(fields).not.toContain('title');
      expect(fields).not.toContain('company');
    }
    // Once Experience is there and shows no current role, they are asked for, as before.
    const noRole = emberPage(card('experience', '<ul><li class="artdeco-list__item"><span aria-hidden="true">Analyst</span><span aria-hidden="true">1840 – 1843</span></li></ul>'));
    expect(fieldsToType(readProfile(noRole, ada, readAt))).toEqual(expect.arrayContaining(['title', 'company']));
  });

  it('names nothing loading on a page showing the previous person, whose top card is not theirs yet', () => {
    const stale = readProfile(teamPage(firstDrawn.ember.file), 'https://www.linkedin.com/in/someone-else/', readAt);
    expect(stale.loading).toBeUndefined();
  });

  it('reads a first-drawn page within the reader’s budget (checked in Chromium by npm run bench)', () => {
    const page = teamPage(firstDrawn.ember.file);
    const started = performance.now();
    for (let i = 0; i < 20; i++) readProfile(page, firstDrawn.ember.url, readAt);
    // happy-dom is many times slower than Chromium; this only catches a reader gone quadratic.
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});

describe('no page already in the tests is loading anything', () => {
  const team = readdirSync(teamFixtures).filter((file) => file.endsWith('.html') && !loadingPages.has(file));

  it.each(team)('team page %s', (file) => {
    const profile = readProfile(loadPage(resolve(teamFixtures, file)), `https://www.linkedin.com/in/${encodeURIComponent(file.replace(/\.html$/, ''))}/`, readAt);
    expect(profile.loading).toBeUndefined();
  });

  describe.runIf(realCapturesRun())('real captures', { timeout: 60_000 }, () => {
    it.each(captures.map((capture) => [capture.file, capture.url] as const))('%s', (file, url) => {
      expect(readProfile(loadPage(resolve(realCaptures, file)), url, readAt).loading).toBeUndefined();
    });
  });
});
