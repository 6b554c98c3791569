import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './harness';

/**
 * One browser with the built extension for the tests of a file (or of a describe block, when
 * called inside one): launched before its first test, closed after its last. What it returns
 * stands for that browser once it runs, so tests write `browser.openPopup(…)` as ever.
 */
export function browserPerFile(options: LaunchOptions = {}): ExtensionBrowser {
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await launchExtensionBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
    launched = undefined;
  });
  return new Proxy({} as ExtensionBrowser, {
    get(_, key) {
      if (!launched) throw new Error(`The browser is used before it was launched (browser.${String(key)}): use it inside a test or hook.`);
      return Reflect.get(launched, key);
    },
  });
}
