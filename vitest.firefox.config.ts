import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// The worker's unit tests again, built as the Firefox package is, for the code that differs
// there: notification buttons and the toolbar badge. Files named *.firefox-test.ts hold what
// only Firefox does, so the Chrome run (vitest.config.ts) leaves them out.

// WXT's build-time flags (import.meta.env.FIREFOX, …) as the Firefox build has them.
// WxtVitest passes them as `define`, which Vitest 4 drops for import.meta.env.* (seen with
// wxt 0.21.0 + vitest 4.1.12: import.meta.env.FIREFOX is undefined in tests), so they are
// written into the source here, as the real build does.
const firefoxFlags: Record<string, string> = {
  BROWSER: '"firefox"',
  FIREFOX: 'true',
  CHROME: 'false',
  EDGE: 'false',
  SAFARI: 'false',
  OPERA: 'false',
  MANIFEST_VERSION: '2',
};
const buildFlags: Plugin = {
  name: 'firefox-build-flags',
  enforce: 'pre',
  transform(code, id) {
    if (id.includes('/node_modules/') || !code.includes('import.meta.env.')) return undefined;
    return code.replace(/import\.meta\.env\.([A-Z_]+)\b/g, (whole, flag: string) => firefoxFlags[flag] ?? whole);
  },
};

export default defineConfig({
  plugins: [buildFlags, WxtVitest({ browser: 'firefox' }), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['tests/unit/background/**/*.test.ts', 'tests/unit/**/*.firefox-test.ts'],
    restoreMocks: true,
  },
});
