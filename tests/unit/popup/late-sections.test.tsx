import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { LateSections } from '@/components/popup/LateSections';
import { readProfile } from '@/utils/linkedin/read-profile';
import { readMe } from '@/utils/outreach/me';
import * as state from '@/entrypoints/popup/state';
import { teamPage } from '../linkedin/load-page';
import { sampleMe } from '../../e2e/sample-me';

// Issue 27, item 4: the popup shows a profile whose Activity and Experience LinkedIn is still
// loading, then the same profile read again once they came (tests/fixtures/linkedin/*-loading.html).
const url = 'https://www.linkedin.com/in/amara-okafor/';
const readAt = Date.UTC(2026, 11, 1, 12);
const firstDrawn = readProfile(teamPage('amara-okafor-loading'), url, readAt);
const whole = readProfile(teamPage('amara-okafor'), url, readAt);
const latePost = 'Three questions I ask every mentee';
const me = readMe(sampleMe);

const offered = () => state.hooks.value.map((hook) => hook.text).join('\n');

beforeEach(async () => {
  await state.loadWordsOf('en');
  state.showProfile(firstDrawn, me, true);
});

describe('the popup while LinkedIn fills in sections of the profile', () => {
  it('says which sections are still loading, and offers no hook from them yet', () => {
    expect(state.lateSections.value).toEqual(['experience', 'activity']);
    expect(offered()).not.toContain(latePost);
  });

  it('follows the fuller profile once they come: the late post is offered, the line goes', () => {
    expect(state.readAgain(whole)).toBe(true);
    expect(offered()).toContain(latePost);
    expect(state.profile.value?.current?.title).toBe('Head of Platform Engineering');
    expect(state.lateSections.value).toEqual([]);
  });

  it('keeps the choices made meanwhile (channel, tone)', () => {
    state.choose({ channel: 'inmail', tone: 'concise' });
    state.readAgain(whole);
    expect(state.choices.value).toMatchObject({ channel: 'inmail', tone: 'concise' });
    expect(offered()).toContain(latePost);
  });

  it.each([
    ['edited the message', () => state.editMessage({ body: 'Hi Amara, my own words here.' })],
    ['edited a part of the draft', () => state.editPart('ask', 'Could we talk for 15 minutes next week?')],
    ['typed the name to greet them by', () => state.typeField('greetAs', 'Dr Okafor')],
  ])('leaves the draft exactly as it is once the user %s, and stops waiting', (_what, edit) => {
    edit();
    const before = state.message.value;
    expect(state.readAgain(whole)).toBe(false);
    expect(state.message.value).toEqual(before);
    expect(state.pageProfile.value).toBe(firstDrawn);
    expect(state.lateSections.value).toEqual([]);
  });

  it('never takes another person’s page for the fuller reading', () => {
    const other = readProfile(teamPage('tomasz-wojcik'), 'https://www.linkedin.com/in/tomasz-wojcik/', readAt);
    expect(state.readAgain(other)).toBe(false);
    expect(state.pageProfile.value).toBe(firstDrawn);
  });
});

describe('the “still loading” line', () => {
  const shown = (sections: Parameters<typeof LateSections>[0]['sections']) => {
    const host = document.createElement('div');
    render(<LateSections sections={sections} />, host);
    return host;
  };

  it('names the sections by LinkedIn’s names, as text, in a status region', () => {
    const host = shown(['current', 'experience', 'activity']);
    const status = host.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Still loading on the page: Experience, Activity…');
    expect(status.querySelector('p')!.children).toHaveLength(0);
  });

  it('is an empty status region when nothing is loading', () => {
    expect(shown([]).querySelector('[role="status"]')!.textContent).toBe('');
  });
});
