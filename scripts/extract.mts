/**
 * For maintainers: read a saved LinkedIn page the way the extension does.
 *   npm run extract -- <saved-page.html> [--url <profile address>]
 * Prints the Profile as JSON and exits 0; a missing or unreadable file, or a page whose address
 * cannot be told, exits non-zero with a one-line reason. When LinkedIn changes its markup, save
 * the page (Ctrl+S, or copy document.documentElement.outerHTML) and run it through this.
 */
import { readFileSync, statSync } from 'node:fs';
import { pageAddress } from '../utils/linkedin/page-address';
import { profileUrl } from '../utils/linkedin/profile-url';
import { readProfile } from '../utils/linkedin/read-profile';
import { withSavedPage } from './saved-page';

const usage = 'Usage: npm run extract -- <saved-page.html> [--url <profile address>]';

function fail(reason: string, code = 1): never {
  process.stderr.write(`${reason}\n`);
  process.exit(code);
}

function parseArgs(args: string[]): { file?: string; url?: string } {
  const at = args.indexOf('--url');
  const url = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !url) fail(`--url needs an address. ${usage}`, 2);
  const rest = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (rest.length > 1) fail(`One saved page at a time. ${usage}`, 2);
  return { file: rest[0], url };
}

function readPage(file: string): string {
  let html: string;
  try {
    if (!statSync(file).isFile()) fail(`${file} is not a file.`);
    html = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file} (${code ?? 'unknown error'}).`);
  }
  if (!/<(html|body|main|div|section)\b/i.test(html)) fail(`${file} does not look like a saved web page (no HTML in it).`);
  return html;
}

const { file, url } = parseArgs(process.argv.slice(2));
if (!file) fail(usage, 2);
const html = readPage(file);

const profile = await withSavedPage(html, (doc) => {
  let address = url;
  if (address) {
    const id = profileUrl(address);
    if (!id.ok) fail(`--url ${address}: ${id.reason}`, 2);
  } else {
    const found = pageAddress(doc);
    if (!found) fail(`${file} does not say which profile it is: pass --url <profile address>.`, 2);
    process.stderr.write(`Address ${found.url}, taken from ${found.from}.\n`);
    address = found.url;
  }
  return readProfile(doc, address);
});
process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
