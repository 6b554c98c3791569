import type { Browser } from 'wxt/browser';

/**
 * The extension's runtime as the content script uses it: the browser's own `chrome.runtime`,
 * which Chrome and Firefox both give content scripts. The content script needs two listeners
 * and the extension's id, and webextension-polyfill (what `wxt/browser` is here) would cost
 * 2.8 KB gzip of its 12 KB budget; onMessage's `sendResponse` answers in both browsers.
 * Undefined once the extension is reloaded or removed.
 */
export function extensionRuntime(): typeof Browser.runtime | undefined {
  return (globalThis as { chrome?: { runtime?: typeof Browser.runtime } }).chrome?.runtime;
}
