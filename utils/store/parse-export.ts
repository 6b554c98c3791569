import { defaultPlanSettings } from '@/utils/relationship/plan-settings';
import { exportFormat, exportVersion, type ExportFile } from './export-file';
import { fail, succeed, type Outcome } from './outcome';
import { contactCheck, followUpCheck, meCheck, planSettingsCheck } from './record-checks';
import { storeText } from './store-text';
import { isRecord, list, literal, number, optional, shape, time } from './validate';

const fileCheck = shape({
  format: literal(exportFormat),
  version: number(1, exportVersion),
  exportedAt: time,
  settings: optional(shape({ me: optional(meCheck), plan: optional(planSettingsCheck) })),
  contacts: list(contactCheck, 100_000, (position) => `Contact ${position}`),
  followUps: list(followUpCheck, 1_000_000, (position) => `Follow-up ${position}`),
});

/**
 * Reads an export file and checks all of it before anything is written: a file that is cut
 * short, damaged, from a newer version, or hostile (markup, huge strings, "__proto__" keys)
 * is refused whole, with the first reason in plain words. No size is refused here: the page
 * sends a file of any size in batches, and the only true limit is the browser's longest text
 * (see exportText).
 */
export function parseExport(text: string): Outcome<ExportFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(storeText.notJson);
  }
  if (!isRecord(data) || data.format !== exportFormat) return fail(storeText.notExport);
  if (typeof data.version === 'number' && data.version > exportVersion) return fail(storeText.tooNew(data.version));
  const checked = fileCheck(data, 'The file');
  if (!checked.ok) return fail(storeText.invalid(checked.error));
  const file = checked.value;

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
