import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium; see tests/e2e/harness.ts.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A poll waits for a state: on a busy two-core machine a popup can take seconds to draw, so
    // the ceiling is generous (vitest's default is 1 s); a state that never comes still fails.
    expect: { poll: { timeout: 20_000 } },
    // One browser at a time: the machine has two cores and Chromium wants both.
    fileParallelism: false,
  },
});
