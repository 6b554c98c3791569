import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, extensionDir, root } from './harness';

// Least permissions, pinned (PRODUCT.md, "Promises to users"; README "Permissions").
// A new permission, host, web-accessible file or CSP change fails here on purpose: change
// these lists only together with the README's table, after deciding the feature needs it.
// Read from the built packages, as the browser reads them: the e2e global setup builds
// Chrome's; Firefox's is built here (about a second).

const firefoxDir = join(root, '.output/firefox-mv2');

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
};

beforeAll(() => {
  buildExtension('-b', 'firefox');
}, 120_000);

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Extension pages run only their own packaged code and talk to nobody. */
const pagePolicy =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** What each permission is for: see the README's "Permissions" table. */
const permissions = ['alarms', 'notifications', 'activeTab', 'scripting', 'storage', 'unlimitedStorage'];
/** Chrome's side panel needs its own permission; Firefox's sidebar needs none. */
const chromePermissions = [...permissions, 'sidePanel'];
const profilePages = ['https://*.linkedin.com/in/*'];
/** The messaging reader (issue 17): the conversation on screen, to see who wrote last. */
const messagingPages = ['https://*.linkedin.com/messaging/*'];

/** Everything a manifest can use to reach beyond its own pages, with what we allow. */
function reach(manifest: Manifest) {
  return {
    permissions: manifest.permissions ?? [],
    // MV2 (Firefox) lists hosts among the permissions; MV3 apart. Either way: none.
    hosts: [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes(':') || p.includes('*'))],
    optional: [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])],
    contentScriptMatches: (manifest.content_scripts ?? []).map((script) => script.matches),
    webAccessible: manifest.web_accessible_resources ?? [],
    externallyConnectable: manifest.externally_connectable ?? null,
  };
}

const expectedReach = {
  permissions,
  hosts: [],
  optional: [],
  contentScriptMatches: [messagingPages, profilePages],
  webAccessible: [],
  externallyConnectable: null,
};

/** Every <script> in the packaged pages loads a file of the package, nothing from elsewhere. */
function scriptSources(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/<script\b[^>]*>/g)].map((tag) => tag[0]));
}

describe('the Chrome package asks for the least it needs', () => {
  const manifest = readManifest(extensionDir);

  it('asks for alarms, notifications, activeTab, scripting, storage, unlimitedStorage and sidePanel, and no host, optional or web-accessible access', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(reach(manifest)).toEqual({ ...expectedReach, permissions: chromePermissions });
  });

  it('has the drafting view as its side panel, opened by the toolbar popup or a shortcut', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.commands).toEqual({
      'beside-the-page': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_manifest_besideThePage__' },
    });
  });

  it('lets its pages run only packaged code and reach no server (content security policy)', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: pagePolicy });
  });

  it('names itself in the browser’s language, English when it has none of ours (_locales)', () => {
    const messages = (language: string) => JSON.parse(readFileSync(join(extensionDir, '_locales', language, 'messages.json'), 'utf8'));
    expect(manifest.default_locale).toBe('en');
    expect(manifest).toMatchObject({ name: '__MSG_manifest_name__', description: '__MSG_manifest_description__' });
    expect(messages('en')).toMatchObject({ manifest_name: { message: 'Mentor Outreach' }, manifest_besideThePage: { message: 'Keep the draft beside the page' } });
    expect(messages('es')).toMatchObject({ manifest_besideThePage: { message: 'Mantener el borrador junto a la página' } });
    // Chrome looks under its regional UI locale (es_419, pt_BR, pt_PT) and does not fall back to the language.
    expect(readdirSync(join(extensionDir, '_locales')).sort()).toEqual(['de', 'en', 'es', 'es_419', 'fr', 'pt', 'pt_BR', 'pt_PT']);
    expect(messages('pt_BR')).toEqual(messages('pt'));
    expect(messages('es_419')).toEqual(messages('es'));
  });
});

describe('the Firefox package asks for the same', () => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = readManifest(firefoxDir);
  });

  it('asks for the same six permissions, with host access only through the profile-page and messaging content scripts', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(reach(manifest)).toEqual(expectedReach);
  });

  it('has the drafting view as its sidebar, opened by the user (not at install) or a shortcut', () => {
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(manifest.browser_action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.commands).toEqual({
      _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_manifest_besideThePage__' },
    });
  });

  it('has the same content security policy, and says it collects no data', () => {
    expect(manifest.content_security_policy).toBe(pagePolicy);
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { data_collection_permissions: { required: ['none'] } } });
  });
});

describe('no remote code in either package', () => {
  it.each([
    ['Chrome', extensionDir],
    ['Firefox', firefoxDir],
  ])('%s: every page script is a file of the package', (_browser, dir) => {
    const scripts = scriptSources(dir);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const tag of scripts) expect(tag).toMatch(/\bsrc="\/[^"/][^"]*\.js"/);
  });

  // The tests load the package users get: a build inheriting vitest's NODE_ENV=test was a
  // development one, with Preact's devtools hook in the popup (seen 2026-12-02).
  it.each([
    ['Chrome', extensionDir],
    ['Firefox', firefoxDir],
  ])('%s: is a production build, with no development hooks', (_browser, dir) => {
    const chunks = readdirSync(join(dir, 'chunks')).map((name) => readFileSync(join(dir, 'chunks', name), 'utf8'));
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.filter((code) => code.includes('__PREACT_DEVTOOLS__'))).toEqual([]);
  });
});
