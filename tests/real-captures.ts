import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const relative = '../shared/fixtures/linkedin';

/** The checkout this one was cloned from, when it is a folder on this machine. */
function origin(): string | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8' }).trim();
    return url && !/^[a-z]+:\/\/|^[^/]+@/.test(url) ? resolve(root, url) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The real saved LinkedIn pages (real people's data: read in place, never copied here).
 * They sit in shared/ beside the project, as CI lays it out; a clone made elsewhere finds
 * them beside the checkout it was cloned from. LINKEDIN_CAPTURES names another folder.
 */
export function realCapturesDir(): string {
  const candidates = [process.env.LINKEDIN_CAPTURES, resolve(root, relative), origin() && resolve(origin()!, relative)];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir)) ?? resolve(root, relative);
}

/**
 * Whether the tests that read the real captures run. In CI they are required: a missing folder
 * fails those tests loudly. Elsewhere (a clone made away from shared/) they are skipped, and
 * one line says how to get them, so `npm test` still proves everything else.
 */
export function realCapturesRun(): boolean {
  if (process.env.CI || existsSync(realCapturesDir())) return true;
  console.warn(
    `Skipping the tests on real LinkedIn captures: ${relative} was not found. ` +
      'Put the shared folder beside this checkout, or set LINKEDIN_CAPTURES to the captures folder (CI requires them).',
  );
  return false;
}
