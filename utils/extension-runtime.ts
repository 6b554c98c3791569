import type { Browser } from 'wxt/browser';

type Runtime = typeof Browser.runtime;
type Extension = { runtime?: Runtime & { id?: string } };

/**
 * The extension's runtime as the content scripts and the worker-asking pages use it: Firefox's
 * own `browser.runtime`, else Chrome's `chrome.runtime`, both promise-based for what they do (two
 * listeners, sendMessage and the extension's id). Without webextension-polyfill, which would cost
 * 2.8 KB gzip of the content script's 12 KB; answers go through onMessage's `sendResponse`
 * (utils/messaging/wire.ts), which both browsers honour. Undefined once the extension is
 * reloaded or removed.
 */
export function extensionRuntime(): Runtime | undefined {
  const { browser, chrome } = globalThis as { browser?: Extension; chrome?: Extension };
  return browser?.runtime?.id ? browser.runtime : chrome?.runtime;
}
