import { buildExtension, findChromium } from './harness';

/** Fails early, in plain words, when the browser is missing; then builds what the tests load. */
export default function setup(): void {
  if (!findChromium()) {
    throw new Error(
      'End-to-end tests need Chromium, and it is not installed.\n' +
        'Install Debian’s package (as root): apt-get update && apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    buildExtension();
  }
}
