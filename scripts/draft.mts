/**
 * Drafts and checks outreach from the command line, for writers reviewing the wording.
 *   npm run draft -- --profile <profile.json> --me <me.json> [--channel …] [--hook N] [--minutes 15|20] [--tone warm|concise] [--wording N] [--language en|es|fr|de|pt]
 *   npm run draft -- --check <message.txt> --channel <channel> [--subject "…"] [--account free|premium] [--language en|es|fr|de|pt]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { channels, isChannel } from '@/utils/outreach/channels';
import { check, isError } from '@/utils/outreach/check';
import { compose } from '@/utils/outreach/compose';
import { findHooks } from '@/utils/outreach/hooks';
import { loadLanguage } from '@/utils/outreach/languages';
import { readMe } from '@/utils/outreach/me';
import { readProfileInput } from '@/utils/store/checks/profile-input';
import { type DraftLanguage, draftLanguages } from '@/utils/outreach/their-language';

const usage =
  'usage: npm run draft -- --profile <profile.json> --me <me.json> [--channel connection-note|message|inmail|email] [--hook N] [--minutes 15|20] [--language en|es|fr|de|pt]\n' +
  '       npm run draft -- --check <message.txt> --channel <channel> [--language en|es|fr|de|pt]';

function fail(reason: string): never {
  process.stderr.write(`draft: ${reason}\n`);
  process.exit(1);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`cannot read the ${what} file ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readText(path, what));
  } catch (error) {
    fail(`the ${what} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

if (process.argv.includes('--help')) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

let options;
try {
  options = parseArgs({
    options: {
      profile: { type: 'string' },
      me: { type: 'string' },
      channel: { type: 'string', default: 'connection-note' },
      hook: { type: 'string' },
      minutes: { type: 'string' },
      tone: { type: 'string' },
      wording: { type: 'string' },
      check: { type: 'string' },
      subject: { type: 'string' },
      account: { type: 'string' },
      language: { type: 'string' },
    },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}; ${usage.split('\n')[0]}`);
}

const channel = options.channel;
if (!isChannel(channel)) fail(`unknown channel "${channel}"; use one of ${channels.join(', ')}`);
if (options.language !== undefined && !draftLanguages.includes(options.language as DraftLanguage)) {
  fail(`unknown language "${options.language}"; use one of ${draftLanguages.join(', ')}`);
}
const language = options.language as DraftLanguage | undefined;
// The command may draft in Me's language or the one asked: every language's words, loaded once.
await Promise.all(draftLanguages.map(loadLanguage));

if (options.check !== undefined) {
  const text = readText(options.check, 'message');
  const account = options.account === 'premium' ? 'premium' : 'free';
  const findings = check(text, channel, { account, ...(options.subject !== undefined && { subject: options.subject }), ...(language && { language }) });
  process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  // A message with an error in it must not pass a script that checks it before sending.
  if (findings.some(isError)) process.exitCode = 1;
} else {
  if (!options.profile || !options.me) fail('--profile and --me are both needed, or --check <message.txt> (see npm run draft -- --help)');
  const input = readProfileInput(readJson(options.profile, 'profile'));
  if ('problem' in input) fail(`the profile file ${options.profile} is not a profile: ${input.problem}`);
  const me = readMe(readJson(options.me, 'me'));
  const hooks = findHooks(input.profile, me);
  const hookIndex = options.hook === undefined ? 0 : Number(options.hook);
  if (!Number.isInteger(hookIndex) || hookIndex < 0 || (hooks.length > 0 && hookIndex >= hooks.length)) {
    fail(`--hook must be a number from 0 to ${Math.max(0, hooks.length - 1)} (this profile has ${hooks.length} hooks)`);
  }
  if (options.minutes !== undefined && options.minutes !== '15' && options.minutes !== '20') fail('--minutes must be 15 or 20');
  if (options.tone !== undefined && options.tone !== 'warm' && options.tone !== 'concise') fail('--tone must be warm or concise');
  const draft = compose(input.profile, me, {
    channel,
    ...(hooks[hookIndex] && { hook: hooks[hookIndex] }),
    ...(options.minutes && { askMinutes: options.minutes === '20' ? 20 : 15 }),
    ...(options.tone && { tone: options.tone as 'warm' | 'concise' }),
    ...(options.wording && { wording: Number(options.wording) || 0 }),
    // Me's language unless the command asks for another.
    ...(language && { language }),
  });
  process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
}
