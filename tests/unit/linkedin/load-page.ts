import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { savedPage } from '@/scripts/saved-page';
import { realCapturesDir } from '../../real-captures';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const teamFixtures = resolve(repoRoot, 'tests/fixtures/linkedin');
/** Real captures with real people's data: read by path, never copied into the repo. */
export const realCaptures = realCapturesDir();

/** A saved page as a Document, parsed as Chromium parses it (see scripts/saved-page.ts). */
export function loadPage(path: string): Document {
  return savedPage(readFileSync(path, 'utf8'));
}

export function teamPage(slug: string): Document {
  return loadPage(resolve(teamFixtures, `${slug}.html`));
}
