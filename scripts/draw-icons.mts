/**
 * Renders scripts/icon.svg to the PNG sizes the manifest lists (16, 32, 48, 128) with
 * Debian's Chromium. Run after changing the drawing: npx tsx scripts/draw-icons.mts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, root } from '../tests/e2e/harness';

const svg = readFileSync(join(root, 'scripts/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(root, `public/icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
