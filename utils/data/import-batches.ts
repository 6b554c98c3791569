import { pageCharacters } from '@/utils/store/export-pages';
import type { ImportSummary } from '@/utils/store/import-data';

/**
 * An export file cut into files of at most `size` contacts and about `characters` characters
 * (one contact longer than that goes alone), each contact's follow-ups with it and the settings
 * with the first, so a long import goes to the worker a batch at a time and the page can say
 * how far it got. Each batch is checked whole by the worker, as any file is. Text that does
 * not read as an export file is left whole: the worker says what is wrong.
 */
export function importBatches(text: string, size: number, characters = pageCharacters): { batches: string[]; contacts: number } {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { batches: [text], contacts: 0 };
  }
  if (typeof file !== 'object' || file === null) return { batches: [text], contacts: 0 };
  const { contacts, followUps, settings, ...rest } = file as Record<string, unknown>;
  if (!Array.isArray(contacts) || !Array.isArray(followUps) || (contacts.length <= size && text.length <= characters)) {
    return { batches: [text], contacts: Array.isArray(contacts) ? contacts.length : 0 };
  }
  const batchOf = new Map<unknown, number>();
  const parts: { contacts: string[]; followUps: string[]; length: number }[] = [];
  for (const contact of contacts) {
    // Each record is written once, as text: a batch is put together from them, never re-read.
    const json = JSON.stringify(contact);
    const last = parts.at(-1);
    const fits = last && last.contacts.length < size && last.length + json.length <= characters;
    const part = fits ? last : { contacts: [], followUps: [], length: 0 };
    if (!fits) parts.push(part);
    part.contacts.push(json);
    part.length += json.length;
    const record = contact as { url?: unknown; formerUrls?: unknown };
    batchOf.set(record?.url, parts.length - 1);
    if (Array.isArray(record?.formerUrls)) for (const url of record.formerUrls) batchOf.set(url, parts.length - 1);
  }
  if (parts.length === 0) parts.push({ contacts: [], followUps: [], length: 0 });
  // A follow-up of nobody in the file goes with the first batch: the worker says so there.
  for (const followUp of followUps) parts[batchOf.get((followUp as { contactUrl?: unknown })?.contactUrl) ?? 0]!.followUps.push(JSON.stringify(followUp));
  return {
    batches: parts.map((part, index) => {
      const head = JSON.stringify({ ...rest, ...(index === 0 && settings !== undefined && { settings }) }).slice(0, -1);
      return `${head}${head.length > 1 ? ',' : ''}"contacts":[${part.contacts.join(',')}],"followUps":[${part.followUps.join(',')}]}`;
    }),
    contacts: contacts.length,
  };
}

/** The summary of a whole import from its batches' summaries. */
export function addSummaries(summaries: readonly ImportSummary[]): ImportSummary {
  return summaries.reduce(
    (sum, one) => ({
      contacts: sum.contacts + one.contacts,
      newContacts: sum.newContacts + one.newContacts,
      mergedContacts: sum.mergedContacts + one.mergedContacts,
      followUpsAdded: sum.followUpsAdded + one.followUpsAdded,
      settingsTaken: sum.settingsTaken || one.settingsTaken,
    }),
    { contacts: 0, newContacts: 0, mergedContacts: 0, followUpsAdded: 0, settingsTaken: false },
  );
}
