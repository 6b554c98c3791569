import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '@/utils/linkedin/detect-layout';
import { readConnection } from '@/utils/linkedin/read-connection';
import { readProfile } from '@/utils/linkedin/read-profile';
import { loadPage, realCaptures, teamPage } from './load-page';

function stateOf(doc: Document, slug: string) {
  return readConnection(doc, slug, detectLayout(doc));
}

describe('where we stand, read from the top card', () => {
  it.each([
    ['priya-raman', 'first-degree'], // SDUI, "· 1st" beside the name
    ['noor-haddad', 'first-degree'], // SDUI after in-app navigation: the stale payload is not asked
    ['ruth-abebe', 'not-connected'], // SDUI, "· 2nd"
    ['ilse-marquardt', 'not-connected'], // SDUI, "· 3rd+"
    ['hanna-lindqvist', 'not-connected'], // SDUI in Swedish, "· 2:a"
    ['amara-okafor', 'not-connected'], // SDUI, no badge but a Connect link to the invite page
    ['tomasz-wojcik', 'not-connected'], // Ember in Polish, distance badge "2."
  ] as const)('%s: %s', (slug, state) => {
    expect(stateOf(teamPage(slug), slug)).toBe(state);
  });

  it('says nothing on the logged-out public page, which shows no such thing', () => {
    expect(stateOf(teamPage('amaru-quispe'), 'amaru-quispe')).toBeUndefined();
    expect(readProfile(teamPage('amaru-quispe'), 'https://www.linkedin.com/in/amaru-quispe/').connection).toBeUndefined();
  });

  it('reads an Ember page of a 1st-degree connection, and one with an invitation pending', () => {
    const first = teamPage('tomasz-wojcik');
    first.querySelector('.dist-value')!.textContent = '1.';
    expect(stateOf(first, 'tomasz-wojcik')).toBe('first-degree');
    const pending = teamPage('tomasz-wojcik');
    // Ember's action row (ColdEmailCopilot content.js, 2025): the Connect button becomes Pending.
    pending.querySelector('button[aria-label]')!.setAttribute('aria-label', 'Pending, click to withdraw invitation sent to Tomasz Wójcik');
    expect(stateOf(pending, 'tomasz-wojcik')).toBe('pending');
  });

  it('reads an Ember top card with no degree badge by its Connect button’s icon, whatever its label’s language', () => {
    const page = teamPage('tomasz-wojcik');
    page.querySelector('.distance-badge')!.remove();
    expect(stateOf(page, 'tomasz-wojcik')).toBe('not-connected');
    // The same button on a "People also viewed" card beside the profile is about someone else.
    const other = page.querySelector('.pvs-profile-actions button')!;
    other.setAttribute('aria-label', 'Zaproś użytkownika Anna Nowak do nawiązania kontaktu');
    page.querySelector('.scaffold-layout')!.append(other);
    expect(stateOf(page, 'tomasz-wojcik')).toBeUndefined();
  });

  it('says pending, not 1st, on a real 2026 top card that hides a "· 1st" beside "· 2nd"', () => {
    const path = resolve(realCaptures, 'mrbuslov__linkedin-parser-browser-extension__costa-vasili-topcard.html');
    expect(existsSync(path)).toBe(true);
    expect(stateOf(loadPage(path), 'costavasili')).toBe('pending');
  });

  it('finds Pending in the sticky toolbar of a real 2026 page, in any of its languages', () => {
    const path = resolve(realCaptures, 'mrbuslov__linkedin-parser-browser-extension__clare-suttie-headline.html');
    expect(stateOf(loadPage(path), 'clare-suttie-atlas-translations')).toBe('pending');
    const page = teamPage('priya-raman');
    const link = page.createElement('a');
    link.href = 'https://www.linkedin.com/in/priya-raman/';
    link.setAttribute('aria-label', 'Ausstehend, klicken, um die Einladung zurückzuziehen');
    page.querySelector('main')!.append(link);
    expect(stateOf(page, 'priya-raman')).toBe('pending');
  });

  it('is part of the Profile the reader returns', () => {
    expect(readProfile(teamPage('priya-raman'), 'https://www.linkedin.com/in/priya-raman/').connection).toBe('first-degree');
  });
});
