import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { buildFlags } from './tests/build-flags';
import { realPageTests } from './tests/real-pages';

// The reader held to the second set of real saved pages (tests/fixtures/linkedin-real/SOURCES.md),
// which live outside this repository: `npm run test:real-pages` runs them and fails, saying how to
// get the pages, when they are not there. `npm test` leaves them out, so it never skips a test.
export default defineConfig({
  plugins: [buildFlags('chrome'), WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/english-messages.ts'],
    include: [realPageTests],
    restoreMocks: true,
  },
});
