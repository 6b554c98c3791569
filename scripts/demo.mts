/**
 * npm run demo: try the whole flow without a LinkedIn account. Builds the extension, opens
 * Chromium with it loaded on a made-up profile served locally as a www.linkedin.com page,
 * with a sample "Me" filled in, and the popup beside it.
 *   --headless  take screenshots of the popup at its real size and of the side panel it opens,
 *               and stop, for machines without a screen. They go to a temporary folder;
 *               with --docs they replace docs/demo-popup.png and docs/demo-panel.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchExtensionBrowser, root } from '../tests/e2e/harness';
import { sampleMe } from '../tests/e2e/sample-me';
import { findSidePanel, type SidePanel } from '../tests/e2e/side-panel';

const headless = process.argv.includes('--headless');
// The tracked screenshots change only when asked: a try-out leaves the working tree clean.
const shotsDir = process.argv.includes('--docs') ? join(root, 'docs') : mkdtempSync(join(tmpdir(), 'mentor-demo-'));

if (!findChromium()) {
  console.error('The demo needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
console.log('Building the extension…');
execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'ignore' });

const browser = await launchExtensionBrowser({ headless });

/** The side panel once it is open and shows the words asked for (thirty seconds at most: the machine may be busy). */
async function sidePanelShowing(words: RegExp): Promise<SidePanel> {
  let panel: SidePanel | undefined;
  for (let tries = 0; tries < 300; tries++) {
    panel ??= await findSidePanel(browser);
    if (panel && words.test(await panel.text())) return panel;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The side panel did not open.');
}
// The sample's zone is the viewer's own, so their time reads naturally.
await browser.askWorker('saveSettings', { me: { ...sampleMe, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } });
const profile = await browser.openLinkedIn('/in/amara-okafor/');
const popup = await browser.openPopup(profile);
// A popup is 600 px high at most: the first screen is what the user sees without scrolling.
await popup.setViewportSize({ width: 420, height: 600 });
await popup.getByLabel('Message', { exact: true }).waitFor();

if (headless) {
  const file = join(shotsDir, 'demo-popup.png');
  await popup.screenshot({ path: file });
  console.log(`Popup on the demo profile: ${file}`);
  await popup.getByRole('button', { name: 'Keep it beside the page' }).click();
  const panel = await sidePanelShowing(/Amara Okafor/);
  const panelFile = join(shotsDir, 'demo-panel.png');
  writeFileSync(panelFile, await panel.screenshot());
  console.log(`Side panel beside the profile: ${panelFile}`);
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
