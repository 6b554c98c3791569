import type { browser } from 'wxt/browser';

/** The extension APIs as `wxt/browser` types them. */
export type ExtensionApi = typeof browser;

/**
 * The extension's APIs for the drafting view (tabs, scripting, windows, runtime, Firefox's
 * sidebar) without webextension-polyfill, which cost 2.8 KB gzip of the popup's first load:
 * Firefox's own `browser`, else Chrome's `chrome`, whose MV3 APIs used there all return
 * promises. The worker keeps the polyfill (`wxt/browser`); see utils/extension-runtime.ts for
 * the pages that only ask the worker.
 */
export function extensionApi(): ExtensionApi {
  const { browser: firefox, chrome } = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  return (firefox?.runtime?.id ? firefox : chrome) as ExtensionApi;
}
