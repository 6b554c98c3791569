import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** A chunk the page loads with import(), by the module it holds (Vite names it after it), with what it imports. */
function chunkFiles(outDir: string, name: string): string[] {
  const chunks = join(resolve(outDir), 'chunks');
  const file = readdirSync(chunks).find((chunk) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(chunk));
  if (!file) throw new Error(`No chunk named ${name} in ${chunks}: the bench's list of on-demand chunks is out of date.`);
  return [...jsClosure(join(chunks, file))];
}

/** The largest of several on-demand chunks (a draft's language: the worst case is measured). */
function largestChunk(outDir: string, names: string[]): string[] {
  const bySize = names.map((name) => chunkFiles(outDir, name)).map((files) => ({ files, size: sizes(files).gzip }));
  return bySize.sort((a, b) => b.size - a.size)[0]!.files;
}

function sizes(files: string[]): { raw: number; gzip: number } {
  // One gzip stream over the files, as close as it gets to what a browser reads at once.
  const content = Buffer.concat(files.map((file) => readFileSync(file)));
  return { raw: content.length / 1024, gzip: gzipSync(content, { level: 9 }).length / 1024 };
}

const budgets: Record<string, number | undefined> = {
  'content script': 12,
  popup: 25,
  'popup, saved contact, in another language': 25,
  background: 12,
  options: 25,
  dashboard: 25,
  'dashboard, in another language': 25,
};

/**
 * Raw and gzip sizes of each part of the built Chrome extension in .output/chrome-mv3. A page's
 * first load is its HTML's scripts and their static imports, its CSS, and every chunk it loads
 * with import() for its first screen: the popup always loads their local time (their-time); a
 * saved contact's popup loads its view (SavedContact); a draft in a language other than English
 * loads that language's words (the largest is counted). What the popup loads once the draft is on
 * screen is not counted: the checker and its words (checker, checks-*), the parts below the draft
 * and one click away (draft-extras), and views off the draft (replies-seen, store-notice-view).
 * The dashboard's first screen (stage counts, the first contacts, Coming up) loads no language's
 * words in any language (its own words come from _locales/): a contact's view (ContactView) and
 * its draft's words load when a contact is opened, measured apart, without a budget, as what
 * opening one costs.
 */
export function bundleSizes(outDir: string): Figure[] {
  const languages = ['es', 'fr', 'de', 'pt'];
  const popup = [...pageFiles(outDir, 'popup.html'), ...chunkFiles(outDir, 'their-time')];
  const dashboard = pageFiles(outDir, 'dashboard.html');
  const bundles: [string, string[]][] = [
    ['content script', [join(outDir, 'content-scripts/linkedin.js')]],
    ['popup', popup],
    ['popup, saved contact, in another language', [...new Set([...popup, ...chunkFiles(outDir, 'SavedContact'), ...largestChunk(outDir, languages)])]],
    ['background', [join(outDir, 'background.js')]],
    ['options', pageFiles(outDir, 'options.html')],
    ['dashboard', dashboard],
    ['dashboard, in another language', dashboard],
    ['dashboard, a contact open, in another language', [...new Set([...dashboard, ...chunkFiles(outDir, 'ContactView'), ...largestChunk(outDir, languages)])]],
  ];
  return bundles.flatMap(([name, files]) => {
    const { raw, gzip } = sizes([...new Set(files)]);
    return [
      { group: 'bundle size', name: `${name} (raw)`, value: raw, unit: 'KB' as const },
      { group: 'bundle size', name: `${name} (gzip)`, value: gzip, unit: 'KB' as const, budget: budgets[name] },
    ];
  });
}
