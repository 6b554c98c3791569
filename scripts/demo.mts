/**
 * npm run demo: try the whole flow without a LinkedIn account. Builds the extension, opens
 * Chromium with it loaded on a made-up profile served locally as a www.linkedin.com page,
 * with a sample "Me" filled in, and the popup beside it.
 *   --headless  take a screenshot of the popup (docs/demo-popup.png) and stop, for machines
 *               without a screen.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium, launchExtensionBrowser, root } from '../tests/e2e/harness';
import { sampleMe } from '../tests/e2e/sample-me';

const headless = process.argv.includes('--headless');

if (!findChromium()) {
  console.error('The demo needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
console.log('Building the extension…');
execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'ignore' });

const browser = await launchExtensionBrowser({ headless });
// The sample's zone is the viewer's own, so their time reads naturally.
await browser.askWorker('saveSettings', { me: { ...sampleMe, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } });
const profile = await browser.openLinkedIn('/in/amara-okafor/');
const popup = await browser.openPopup(profile);
await popup.setViewportSize({ width: 440, height: 1000 });
await popup.getByLabel('Message', { exact: true }).waitFor();

if (headless) {
  const file = join(root, 'docs/demo-popup.png');
  await popup.screenshot({ path: file, fullPage: true });
  console.log(`Popup on the demo profile: ${file}`);
  await browser.close();
} else {
  console.log(
    [
      'Chromium is open on Amara Okafor, a made-up person served from tests/fixtures/linkedin/.',
      'The tab next to it is the popup for that profile; the toolbar icon (puzzle piece → Mentor Outreach) opens the same.',
      '"Me" holds a sample (Sam Lee): change it from the popup’s first-run link or the extension’s options.',
      'Close the browser window to stop.',
    ].join('\n'),
  );
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await browser.close();
}
