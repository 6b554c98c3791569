import { describe, expect, it } from 'vitest';
import { profileFields } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { stillRendering } from '@/utils/linkedin/shows-profile';
import { savedPage } from '@/scripts/saved-page';
import { teamPage } from './load-page';

// Issue 27: a page at a profile address that shows nobody gave a person ("Dear Join,", "Dear An,").
// It gives "not a profile" and what it shows instead, never a name.
const at = 'https://www.linkedin.com/in/ana-kovacic-2020/';

describe('a page at a profile address that shows no profile', () => {
  it.each([
    ['not-a-profile-login-wall', 'login-wall'],
    ['not-a-profile-not-found', 'not-found'],
    ['not-a-profile-error', 'error'],
    ['not-a-profile-empty', 'empty'],
  ] as const)('%s says %s, and names nobody', (page, reason) => {
    const profile = readProfile(teamPage(page), at);
    expect(profile.notProfile).toBe(reason);
    expect(profile.name).toBeUndefined();
    expect(profile.firstName).toBeUndefined();
    expect(profile.missing).toEqual([...profileFields]);
    expect(JSON.stringify(profile)).not.toMatch(/Join|exact match|Ana Kova|Something went wrong|Welcome/);
  });

  it('is not waited for when LinkedIn shows a wall, "not found" or an error: that is the page, not a step on the way', () => {
    for (const page of ['not-a-profile-login-wall', 'not-a-profile-not-found', 'not-a-profile-error']) {
      const doc = teamPage(page);
      expect(stillRendering(doc, readProfile(doc, at))).toBe(false);
    }
    // An empty page may be one LinkedIn is still filling in: the content script waits a moment first.
    const empty = teamPage('not-a-profile-empty');
    expect(stillRendering(empty, readProfile(empty, at))).toBe(true);
  });

  it.each([
    ['a wall with only its heading (2026, no form classes)', '<title>LinkedIn</title><main><h1>Join LinkedIn</h1><p>Already on LinkedIn? <a href="/login">Sign in</a></p></main>', 'login-wall'],
    ['the guest home served instead of a profile (a blocked client, 2024)', '<title>LinkedIn: Log In or Sign Up</title><main><h1>Welcome to your professional community</h1><form class="google-auth" action="https://www.linkedin.com/uas/login-submit" method="post"><button>Continue with Google</button></form></main>', 'login-wall'],
    ['a sign-in page', '<title>LinkedIn Login, Sign in | LinkedIn</title><main><h1>Sign in</h1><form><input name="session_key"><input name="session_password" type="password"></form></main>', 'login-wall'],
    ['the signed-in "page doesn’t exist"', '<title>Page Not Found | LinkedIn</title><main><h1>This page doesn’t exist</h1><p>Please check your URL or return to LinkedIn home.</p></main>', 'not-found'],
    ['a Spanish "perfil no encontrado"', '<title>LinkedIn</title><main><h2>Perfil no encontrado</h2><h1>No se ha encontrado ninguna coincidencia exacta.</h1></main>', 'not-found'],
    ['a German error page', '<title>LinkedIn</title><main><h1>Etwas ist schiefgelaufen</h1></main>', 'error'],
  ])('%s is no profile', (_kind, body, reason) => {
    const profile = readProfile(savedPage(`<!doctype html><html><head>${body.startsWith('<title>') ? body.slice(0, body.indexOf('</title>') + 8) : ''}</head><body>${body.slice(body.indexOf('</title>') + 8)}</body></html>`), at);
    expect(profile).toMatchObject({ notProfile: reason });
    expect(profile.name).toBeUndefined();
  });

  it('a public profile with its sign-in dialog and join links is still their profile', () => {
    const profile = readProfile(teamPage('lucia-ferreira'), 'https://www.linkedin.com/in/lucia-ferreira/');
    expect(profile.notProfile).toBeUndefined();
    expect(profile.name).toBe('Lucia Ferreira');
  });

  it('a profile whose name is blank but whose headline shows is still a profile: the name is asked for', () => {
    const profile = readProfile(teamPage('sami-unnamed'), 'https://www.linkedin.com/in/sami-unnamed/');
    expect(profile.notProfile).toBeUndefined();
    expect(profile.headline).toBe('Site Reliability Engineer at Harbour Grid');
  });
});
