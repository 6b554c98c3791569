import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { buildFlags } from './tests/build-flags';

// The worker's unit tests again, built as the Firefox package is, for the code that differs
// there: notification buttons and the toolbar badge. Files named *.firefox-test.ts hold what
// only Firefox does, so the Chrome run (vitest.config.ts) leaves them out.
export default defineConfig({
  plugins: [buildFlags('firefox'), WxtVitest({ browser: 'firefox' }), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/english-messages.ts'],
    include: ['tests/unit/background/**/*.test.ts', 'tests/unit/**/*.firefox-test.ts'],
    restoreMocks: true,
  },
});
