import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Firefox wants an add-on id, and every new add-on must say what data it collects: none.
// (WXT 0.21.0's types predate `data_collection_permissions`, hence the widened type.)
// 140 (142 on Android): the first Firefox versions that read data_collection_permissions.
const firefoxSettings: { gecko: Record<string, unknown>; gecko_android: Record<string, unknown> } = {
  gecko: {
    id: 'mentor-outreach@mentor-outreach.example',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// Extension pages run only their own packaged code and talk to nobody: no remote scripts,
// no plugins, no network (connect-src 'none'), no remote images.
const pagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The keyboard shortcut that opens the drafting view beside the page. Firefox opens its
// sidebar itself (a reserved command); Chrome has none for side panels, so the worker opens it.
const besideThePageKey = { default: 'Alt+Shift+M' };
const commands = (browser: string) =>
  browser === 'firefox'
    ? { _execute_sidebar_action: { suggested_key: besideThePageKey, description: '__MSG_manifest_besideThePage__' } }
    : { 'beside-the-page': { suggested_key: besideThePageKey, description: '__MSG_manifest_besideThePage__' } };

// Chrome picks _locales/ by its own UI locale, and Chromium 156 was seen not to fall back from a
// regional one to its language: a Brazilian (pt_BR) or Latin American (es_419) browser got English.
// So each language's messages are also written under the regional names Chrome uses for it.
const regionalLocales: Record<string, string[]> = { es: ['es_419'], pt: ['pt_BR', 'pt_PT'] };

// The manifest is generated from here and from each entrypoint's options.
// Permissions are listed where the feature that needs them is wired; see README "Permissions".
export default defineConfig({
  // Explicit imports only: a reader should see where every name comes from.
  imports: false,
  // @wxt-dev/i18n turns locales/*.yml into _locales/*/messages.json (and types the keys);
  // the pages read them through utils/ui-text.ts, in the browser's language, English the fallback.
  // webextension-polyfill is `wxt/browser` for the worker (alarms, notifications, badge,
  // storage), one promise-based `browser` in Chrome and Firefox alike. The content scripts and
  // the pages reach the browser directly, 2.8 KB gzip lighter: those that only ask the worker
  // through utils/extension-runtime.ts, the popup and side panel (tabs, scripting, side panel)
  // through utils/extension-api.ts, whose Chrome MV3 APIs all return promises. Messages are
  // answered through sendResponse (utils/messaging/wire.ts), which the polyfill and both
  // browsers honour.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
    // Extension pages load from the package, so the modulepreload polyfill is dead weight.
    build: { modulePreload: { polyfill: false } },
    // WXT's content-script context announces itself to the page and obeys the page's events;
    // ours (utils/reader-context.ts) is silent and answers only to the extension.
    resolve: { alias: { 'wxt/utils/content-script-context': resolve(import.meta.dirname, 'utils/reader-context.ts') } },
  }),
  hooks: {
    // Runs after @wxt-dev/i18n's hook has added _locales/<language>/messages.json.
    'build:publicAssets': (_, assets) => {
      for (const asset of [...assets]) {
        const language = /^_locales[\\/]([a-z]+)[\\/]messages\.json$/.exec(asset.relativeDest)?.[1];
        for (const region of regionalLocales[language ?? ''] ?? []) {
          assets.push({ ...asset, relativeDest: `_locales/${region}/messages.json` });
        }
      }
    },
  },
  manifest: ({ browser, command }) => ({
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    // alarms: the one alarm for the next follow-up; notifications: the nudge itself.
    // activeTab + scripting: when the user opens the popup on a profile LinkedIn reached by
    // in-app navigation (no page load, so no content script yet), the click grants access to
    // that one tab and the reader is added to it. No standing access to any site is needed.
    // sidePanel (Chrome only; WXT adds it with entrypoints/sidepanel): the drafting view beside
    // the page. Firefox's sidebar_action needs no permission.
    // storage: the backup, kept apart from IndexedDB, which a full disk can cost whole;
    // unlimitedStorage: Chrome may evict an extension's IndexedDB under disk pressure without
    // it, and the backup outgrows storage.local's 10 MB at a few thousand contacts.
    permissions: ['alarms', 'notifications', 'activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    commands: commands(browser),
    // Only built packages: the dev server needs to reach its own websocket.
    ...(command === 'build' && { content_security_policy: { extension_pages: pagePolicy } }),
    ...(browser === 'firefox' && { browser_specific_settings: firefoxSettings }),
  }),
});
