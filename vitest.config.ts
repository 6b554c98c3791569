import preact from '@preact/preset-vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { buildFlags } from './tests/build-flags';
import { realPageTests } from './tests/real-pages';

export default defineConfig({
  plugins: [buildFlags('chrome'), WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/english-messages.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Those read pages kept outside this repository: `npm run test:real-pages` (vitest.real-pages.config.ts).
    exclude: [...configDefaults.exclude, realPageTests],
    restoreMocks: true,
  },
});
