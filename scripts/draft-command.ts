/**
 * `npm run draft`: drafts a first message as the popup does, a follow-up as the dashboard does,
 * or checks a message written by hand. A function of its arguments and what it may read and
 * write (scripts/draft.mts wires it to the process), so its tests run in-process.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Profile } from '@/utils/linkedin/profile';
import { type Account, channels } from '@/utils/outreach/channels';
import { check, isError } from '@/utils/outreach/check';
import { compose } from '@/utils/outreach/compose';
import { draftChoices, firstChoices } from '@/utils/drafting/chosen-draft';
import type { Choices } from '@/utils/drafting/kept-drafts';
import { type FollowUpContext, type FollowUpDraftKind, draftFollowUp } from '@/utils/outreach/follow-up-drafts';
import { findHooks } from '@/utils/outreach/hooks';
import { loadLanguage } from '@/utils/outreach/languages';
import { type Me, readMe } from '@/utils/outreach/me';
import { tones, writeDraft } from '@/utils/outreach/write-draft';
import { followUpKinds } from '@/utils/relationship/stages';
import { guessTimeZone } from '@/utils/sizing-up/their-time';
import { readProfileInput } from '@/utils/store/checks/profile-input';
import { type DraftLanguage, draftLanguages } from '@/utils/outreach/their-language';

/** What the command reads and writes: the process's, or a test's. */
export interface CommandIo {
  readFile: (path: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The moment of drafting, for "recent" and the hooks (the popup's clock). */
  now: () => number;
}

/** Exit codes: done; the message checked has an error (with --strict, a warning); the command cannot run. */
export const exitCodes = { done: 0, findings: 1, cannotRun: 2 } as const;

const followUpDraftKinds: readonly FollowUpDraftKind[] = [...followUpKinds, 'mismatch', 'natural-end'];

export const usage = `usage: npm run draft -- --profile <profile.json> --me <me.json> [choices]                      a first message, as the popup drafts it
       npm run draft -- --profile <profile.json> --me <me.json> --follow-up <kind> [context]   a follow-up, as the dashboard drafts it
       npm run draft -- --check <message.txt> [--channel …] [--account …] [--subject "…"] [--language …] [--strict]

A first message (each choice left out is the popup's own default):
  --channel connection-note|message|inmail|email   default: message to a first-degree connection, else connection-note
  --account free|premium      the account it is sent from (a note has 200 characters on free, 300 on premium); default: Me's
  --hook N                    cite their hook number N (0 is the first found); default: the best one the message has room to name
  --minutes 15|20             the length of the chat asked for; default: Me's
  --tone warm|concise|formal  default: warm (formal opens an English letter "Dear …")
  --greet-as "…"              the name to greet them by, as the popup's "Greet them as"; default: read from their name
  --wording N                 "Another wording" pressed N times (0, 1, 2 …); default: 0
  --language en|es|fr|de|pt   the draft's language; default: Me's

A follow-up, printed as JSON (subject, body, checklist), in Me's language or --language's:
  --follow-up ${followUpDraftKinds.join('|')}
  --sent <message.txt>        the first message as sent; check-in asks again about its topic, meeting-prep re-reads it
  --hook N, --minutes 15|20   the hook the first message cited (meeting-prep's questions) and the chat's length
  --takeaways "…"             one thing you took away from the chat; give it twice for two (thank-you)
  --advice "…"                the advice they gave, as it follows "your advice to" (progress-update)
  --tried "…"                 what you did with it, as it follows "I" (progress-update)
  --need-instead "…"          what you need instead, as it follows "deeper experience in" (mismatch)
  --meeting 2026-12-10T15:00Z when the chat is, with its zone (Z for UTC, or +01:00) (meeting-prep)
  --since 2025-12-01          when the relationship began (natural-end)

Checking a message written by hand (prints the findings as JSON):
  --check <message.txt>       with --channel (default connection-note), --account (default free), --subject, --language
  --strict                    fail on a warning too, not only on an error

Exit status: 0 done; 1 the message checked has an error (with --strict, an error or a warning); 2 the command cannot run.`;

type Mode = 'draft' | 'follow-up' | 'check';

/** Each flag, and what it is for: a flag given where it means nothing is refused, not ignored. */
const flags = {
  profile: { type: 'string', for: ['draft', 'follow-up'] },
  me: { type: 'string', for: ['draft', 'follow-up'] },
  channel: { type: 'string', for: ['draft', 'check'] },
  account: { type: 'string', for: ['draft', 'check'] },
  hook: { type: 'string', for: ['draft', 'follow-up'] },
  minutes: { type: 'string', for: ['draft', 'follow-up'] },
  tone: { type: 'string', for: ['draft'] },
  'greet-as': { type: 'string', for: ['draft', 'follow-up'] },
  wording: { type: 'string', for: ['draft'] },
  language: { type: 'string', for: ['draft', 'follow-up', 'check'] },
  check: { type: 'string', for: ['check'] },
  subject: { type: 'string', for: ['check'] },
  strict: { type: 'boolean', for: ['check'] },
  'follow-up': { type: 'string', for: ['follow-up'] },
  sent: { type: 'string', for: ['follow-up'], kinds: ['check-in', 'meeting-prep'] },
  takeaways: { type: 'string', multiple: true, for: ['follow-up'], kinds: ['thank-you'] },
  advice: { type: 'string', for: ['follow-up'], kinds: ['progress-update'] },
  tried: { type: 'string', for: ['follow-up'], kinds: ['progress-update'] },
  'need-instead': { type: 'string', for: ['follow-up'], kinds: ['mismatch'] },
  meeting: { type: 'string', for: ['follow-up'], kinds: ['meeting-prep'] },
  since: { type: 'string', for: ['follow-up'], kinds: ['natural-end'] },
  help: { type: 'boolean', for: ['draft', 'follow-up', 'check'] },
} as const satisfies Record<string, { type: 'string' | 'boolean'; multiple?: boolean; for: readonly Mode[]; kinds?: readonly FollowUpDraftKind[] }>;

const modeNames: Record<Mode, string> = { draft: 'a first message', 'follow-up': 'a follow-up (--follow-up)', check: 'a check (--check)' };

/** A reason the command cannot run, said in one line. */
class CannotRun extends Error {}
const refuse = (reason: string): never => {
  throw new CannotRun(reason);
};

/** `--name` must be one of `values`. */
function oneOf<T extends string>(name: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) refuse(`--${name} "${value}" is not one of ${values.join(', ')}`);
  return value as T;
}

/** A moment written as a date (2025-12-01) or a time with its zone (2026-12-10T15:00Z): never the machine's zone. */
function moment(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) refuse(`--${name} "${value}" is not a date such as 2025-12-01, or a time with its zone such as 2026-12-10T15:00Z`);
  return at;
}

/** Runs the command; answers its exit status. */
export async function runDraftCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    io.stderr(`draft: ${error.message}\n`);
    return exitCodes.cannotRun;
  }
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  let options: Partial<Record<keyof typeof flags, string | boolean | string[]>>;
  try {
    const known = Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, ...('multiple' in flag && { multiple: true }) }]);
    options = parseArgs({ args: withValuesJoined(argv), options: Object.fromEntries(known) as ParseArgsConfig['options'] }).values;
  } catch (error) {
    // Node's own words, first line only: the rest suggests a syntax this command does not use.
    return refuse(`${(error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '')} (see npm run draft -- --help)`);
  }
  if (options.help) {
    io.stdout(`${usage}\n`);
    return exitCodes.done;
  }
  const text = (name: keyof typeof flags) => options[name] as string | undefined;
  const mode: Mode = text('check') !== undefined ? 'check' : text('follow-up') !== undefined ? 'follow-up' : 'draft';
  if (text('check') !== undefined && text('follow-up') !== undefined) refuse('--check and --follow-up are two commands: give one');
  for (const name of Object.keys(options) as Array<keyof typeof flags>) {
    const meant = flags[name].for as readonly Mode[];
    if (!meant.includes(mode)) refuse(`--${name} is for ${meant.map((each) => modeNames[each]).join(' or ')}, not ${modeNames[mode]}`);
  }

  const channel = oneOf('channel', text('channel'), channels);
  const account = oneOf<Account>('account', text('account'), ['free', 'premium']);
  const language = oneOf<DraftLanguage>('language', text('language'), draftLanguages);
  const minutes = oneOf('minutes', text('minutes'), ['15', '20']);
  const tone = oneOf('tone', text('tone'), tones);
  const wordingText = text('wording');
  if (wordingText !== undefined && !/^\d{1,4}$/.test(wordingText)) refuse(`--wording "${wordingText}" is not a number of times (0, 1, 2 …)`);
  const kind = oneOf('follow-up', text('follow-up'), followUpDraftKinds);
  for (const name of Object.keys(options) as Array<keyof typeof flags>) {
    const flag = flags[name] as { kinds?: readonly FollowUpDraftKind[] };
    if (kind && flag.kinds && !flag.kinds.includes(kind)) refuse(`--${name} is for --follow-up ${flag.kinds.join(' or ')}, not ${kind}`);
  }
  const meetingAt = moment('meeting', text('meeting'));
  const since = moment('since', text('since'));
  // The command may draft in Me's language or the one asked: every language's words, loaded once.
  await Promise.all(draftLanguages.map(loadLanguage));

  if (mode === 'check') {
    const message = readText(io, text('check')!, 'message');
    const findings = check(message, channel ?? 'connection-note', { account: account ?? 'free', ...(text('subject') !== undefined && { subject: text('subject')! }), ...(language && { language }) });
    io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
    // A message with an error in it must not pass a script that checks it before sending; --strict holds warnings to it too.
    const failing = options.strict ? findings.filter((finding) => finding.severity !== 'tip') : findings.filter(isError);
    return failing.length ? exitCodes.findings : exitCodes.done;
  }

  const profilePath = text('profile');
  const mePath = text('me');
  if (!profilePath || !mePath) refuse('--profile and --me are both needed, or --check <message.txt> (see npm run draft -- --help)');
  const read = readProfile(io, profilePath!);
  // "Greet them as", kept with the contact in the popup, is kept with the profile here.
  const greetAs = text('greet-as')?.trim();
  if (greetAs !== undefined && !greetAs) refuse('--greet-as needs the name to greet them by');
  const profile = greetAs ? { ...read, greetAs } : read;
  const settings = readMe(readJson(io, mePath!, 'me'));
  // The account given here is the one the message is sent from, as Me's account is in the popup.
  const me: Me = account ? { ...settings, account } : settings;
  const now = io.now();
  const hooks = findHooks(profile, me, now);
  const hookText = text('hook');
  const hookIndex = hookText === undefined ? undefined : /^\d{1,3}$/.test(hookText) ? Number(hookText) : Number.NaN;
  if (hookIndex !== undefined && !(hookIndex < hooks.length)) {
    refuse(hooks.length ? `--hook "${hookText}" is not a number from 0 to ${hooks.length - 1} (this profile has ${hooks.length} hooks)` : `--hook "${hookText}": this profile has no hooks`);
  }
  const started = firstChoices(profile, me);
  const choices: Choices = {
    ...started,
    ...(channel && { channel }),
    ...(hookIndex !== undefined && { hookId: hooks[hookIndex]!.id }),
    ...(minutes && { minutes: minutes === '20' ? 20 : 15 }),
    ...(tone && { tone }),
    ...(wordingText !== undefined && { wording: Number(wordingText) }),
    ...(language && { language }),
  };
  const asked = { ...draftChoices(choices, me, hooks), now };

  if (mode === 'draft') {
    io.stdout(`${JSON.stringify(compose(profile, me, asked), null, 2)}\n`);
    return exitCodes.done;
  }
  // A follow-up cites the hook the first message cited, as a saved contact keeps it.
  const cited = writeDraft(profile, me, asked).hook;
  const sentPath = text('sent');
  const theirTimeZone = guessTimeZone(profile.location);
  const takeaways = (options.takeaways as string[] | undefined) ?? [];
  const context: FollowUpContext = {
    profile,
    now,
    askMinutes: choices.minutes,
    ...(cited && { hook: { text: cited.text, source: cited.source } }),
    ...(sentPath !== undefined && { outreach: readText(io, sentPath, 'sent message') }),
    ...(meetingAt !== undefined && { meetingAt }),
    ...(theirTimeZone && { theirTimeZone }),
    ...(takeaways.length > 0 && { takeaways }),
    ...(text('advice') !== undefined && { advice: text('advice')! }),
    ...(text('tried') !== undefined && { whatITried: text('tried')! }),
    ...(text('need-instead') !== undefined && { needInstead: text('need-instead')! }),
    ...(since !== undefined && { since }),
  };
  io.stdout(`${JSON.stringify(draftFollowUp(kind!, context, me, language ?? me.language), null, 2)}\n`);
  return exitCodes.done;
}

/** "--wording -1": a value that starts with a dash is still the value (and refused as one), not another flag. */
function withValuesJoined(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index]!.replace(/^--/, '');
    const value = argv[index + 1];
    const takesValue = argv[index]!.startsWith('--') && (flags as Record<string, { type: string }>)[name]?.type === 'string';
    if (takesValue && value?.startsWith('-') && !(value.replace(/^--/, '') in flags)) {
      joined.push(`--${name}=${value}`);
      index += 1;
    } else joined.push(argv[index]!);
  }
  return joined;
}

function readText(io: CommandIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(`cannot read the ${what} file ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
}

function readJson(io: CommandIo, path: string, what: string): unknown {
  const json = readText(io, path, what);
  try {
    return JSON.parse(json);
  } catch (error) {
    return refuse(`the ${what} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function readProfile(io: CommandIo, path: string): Profile {
  const input = readProfileInput(readJson(io, path, 'profile'));
  return 'problem' in input ? refuse(`the profile file ${path} is not a profile: ${input.problem}`) : input.profile;
}
