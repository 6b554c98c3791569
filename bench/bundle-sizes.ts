import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

/** Every JS file a bundle loads: the entry and the chunks it statically imports. */
function jsClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    jsClosure(resolve(dirname(file), spec!), seen);
  }
  return seen;
}

/** The JS and CSS an HTML page loads, found from its script and stylesheet tags. */
function pageFiles(outDir: string, html: string): string[] {
  outDir = resolve(outDir);
  const page = readFileSync(join(outDir, html), 'utf8');
  const files = new Set<string>();
  for (const [, src] of page.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    for (const file of jsClosure(join(outDir, src!))) files.add(file);
  }
  for (const [, href] of page.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g)) {
    const file = join(outDir, href!);
    if (href!.endsWith('.js')) for (const js of jsClosure(file)) files.add(js);
    else files.add(file);
  }
  return [...files];
}

function sizes(files: string[]): { raw: number; gzip: number } {
  // One gzip stream over the files, as close as it gets to what a browser reads at once.
  const content = Buffer.concat(files.map((file) => readFileSync(file)));
  return { raw: content.length / 1024, gzip: gzipSync(content, { level: 9 }).length / 1024 };
}

const budgets: Record<string, number | undefined> = { 'content script': 12, popup: 25, background: 12, options: 25, dashboard: 25 };

/** Raw and gzip sizes of each part of the built Chrome extension in .output/chrome-mv3. */
export function bundleSizes(outDir: string): Figure[] {
  const bundles: [string, string[]][] = [
    ['content script', [join(outDir, 'content-scripts/linkedin.js')]],
    ['popup', pageFiles(outDir, 'popup.html')],
    ['background', [join(outDir, 'background.js')]],
    ['options', pageFiles(outDir, 'options.html')],
    ['dashboard', pageFiles(outDir, 'dashboard.html')],
  ];
  return bundles.flatMap(([name, files]) => {
    const { raw, gzip } = sizes(files);
    return [
      { group: 'bundle size', name: `${name} (raw)`, value: raw, unit: 'KB' as const },
      { group: 'bundle size', name: `${name} (gzip)`, value: gzip, unit: 'KB' as const, budget: budgets[name] },
    ];
  });
}
