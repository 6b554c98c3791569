/**
 * Drafts and checks outreach from the command line, for writers reviewing the wording: see
 * `npm run draft -- --help` and scripts/draft-command.ts, which does the work.
 */
import { readFileSync } from 'node:fs';
import { runDraftCommand } from './draft-command';

process.exitCode = await runDraftCommand(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => Date.now(),
});
