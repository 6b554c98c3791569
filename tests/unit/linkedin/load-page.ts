import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realCapturesDir } from '../../real-captures';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const teamFixtures = resolve(repoRoot, 'tests/fixtures/linkedin');
/** Real captures with real people's data: read by path, never copied into the repo. */
export const realCaptures = realCapturesDir();

/**
 * A saved page as a Document, parsed by the test environment's DOM (happy-dom). Stylesheet
 * links and iframes are dropped first: happy-dom would try to load them and log an error for
 * each, and the reader never looks at them.
 */
export function loadPage(path: string): Document {
  const html = readFileSync(path, 'utf8')
    .replace(/<link\b(?=[^>]*stylesheet)[^>]*>/gi, '')
    .replace(/<iframe\b[^>]*>/gi, '<div>')
    .replace(/<\/iframe>/gi, '</div>');
  return new DOMParser().parseFromString(html, 'text/html');
}

export function teamPage(slug: string): Document {
  return loadPage(resolve(teamFixtures, `${slug}.html`));
}
