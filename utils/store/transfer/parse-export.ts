import { defaultPlanSettings } from '@/utils/relationship/plan-settings';
import { exportFormat, exportVersion, type ExportFile } from './export-file';
import { fail, succeed, type Outcome } from '../schema/outcome';
import { contactCheck, followUpCheck, meCheck, planSettingsCheck } from '../checks/record-checks';
import { storeText } from '../schema/store-text';
import { isRecord, list, literal, number, optional, shape, time, type Validator } from '../checks/validate';

const mostContacts = 100_000;
const mostFollowUps = 1_000_000;
const contactName = (position: number) => `Contact ${position}`;
const followUpName = (position: number) => `Follow-up ${position}`;

const headCheck = {
  format: literal(exportFormat),
  version: number(1, exportVersion),
  exportedAt: time,
  settings: optional(shape({ me: optional(meCheck), plan: optional(planSettingsCheck) })),
};

const fileCheck = shape({
  ...headCheck,
  contacts: list(contactCheck, mostContacts, contactName),
  followUps: list(followUpCheck, mostFollowUps, followUpName),
});

type CheckedFile = ReturnType<typeof fileCheck> extends Outcome<infer T> ? T : never;

/** The file's JSON, when it is an export of a version this extension reads. */
function readJson(text: string): Outcome<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(storeText.notJson);
  }
  if (!isRecord(data) || data.format !== exportFormat) return fail(storeText.notExport);
  if (typeof data.version === 'number' && data.version > exportVersion) return fail(storeText.tooNew(data.version));
  return succeed(data);
}

/** The checks a whole file passes once its records are checked: each person once, every follow-up someone's. */
function wholeFile(file: CheckedFile): Outcome<ExportFile> {
  // Each person once: two entries for one address or member id would import as a duplicate.
  const owner = new Map<string, number>();
  for (const [index, contact] of file.contacts.entries()) {
    const keys = [contact.url, ...contact.formerUrls, ...(contact.memberId ? [`member:${contact.memberId}`] : [])];
    for (const key of new Set(keys)) {
      const first = owner.get(key);
      if (first !== undefined && first !== index) return fail(storeText.sameContactTwice(first + 1, index + 1));
      owner.set(key, index);
    }
  }
  for (const [index, followUp] of file.followUps.entries()) {
    if (!owner.has(followUp.contactUrl)) return fail(storeText.unknownContact(index + 1, followUp.contactUrl));
  }
  return succeed({
    ...file,
    settings: { me: file.settings?.me ?? null, plan: { ...defaultPlanSettings, ...file.settings?.plan } },
  });
}

/**
 * Reads an export file and checks all of it before anything is written: a file that is cut
 * short, damaged, from a newer version, or hostile (markup, huge strings, "__proto__" keys)
 * is refused whole, with the first reason in plain words. No size is refused here: the only
 * true limit is the browser's longest text (see exportText).
 */
export function parseExport(text: string): Outcome<ExportFile> {
  const data = readJson(text);
  if (!data.ok) return data;
  const checked = fileCheck(data.value, 'The file');
  return checked.ok ? wholeFile(checked.value) : fail(storeText.invalid(checked.error));
}

/**
 * A turn of the page's event loop, so it can draw. A message, not a timer: a tab in the
 * background runs timers at most once a second, and the check would crawl while the user looks away.
 */
const nextTask = () =>
  new Promise<void>((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });

/** A list checked `step` entries at a time, each step told to `onStep` and given a turn of the page (to draw progress). */
async function listInSteps<T>(input: unknown, check: Validator<T>, most: number, name: (position: number) => string, where: string, step: number, onStep: (done: number) => void): Promise<Outcome<T[]>> {
  const whole = list(check, most, name)(Array.isArray(input) ? [] : input, where);
  if (!whole.ok || !Array.isArray(input)) return whole;
  if (input.length > most) return list(check, most, name)(input, where);
  const out: T[] = [];
  for (let start = 0; start < input.length; start += step) {
    const part = list(check, most, (position) => name(start + position))(input.slice(start, start + step), where);
    if (!part.ok) return part;
    out.push(...part.value);
    onStep(out.length);
    await nextTask();
  }
  return succeed(out);
}

/**
 * parseExport for a page: the same checks and the same first reason, with the contacts checked
 * a step at a time so the page can say how many it has checked (10,000 take about a second).
 */
export async function parseExportInSteps(text: string, onProgress: (done: number, total: number) => void, step = 1000): Promise<Outcome<ExportFile>> {
  const data = readJson(text);
  if (!data.ok) return data;
  const head = shape(headCheck)(data.value, 'The file');
  if (!head.ok) return fail(storeText.invalid(head.error));
  const total = Array.isArray(data.value.contacts) ? data.value.contacts.length : 0;
  onProgress(0, total);
  const contacts = await listInSteps(data.value.contacts, contactCheck, mostContacts, contactName, 'The file › contacts', step, (done) => onProgress(done, total));
  if (!contacts.ok) return fail(storeText.invalid(contacts.error));
  const followUps = list(followUpCheck, mostFollowUps, followUpName)(data.value.followUps, 'The file › followUps');
  if (!followUps.ok) return fail(storeText.invalid(followUps.error));
  return wholeFile({ ...head.value, contacts: contacts.value, followUps: followUps.value });
}
