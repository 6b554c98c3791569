import type { ImportSummary } from '@/utils/store/import-data';

/**
 * An export file cut into files of at most `size` contacts, each contact's follow-ups with it
 * and the settings with the first, so a long import goes to the worker a batch at a time and
 * the page can say how far it got. Each batch is checked whole by the worker, as any file is.
 * Text that does not read as an export file is left whole: the worker says what is wrong.
 */
export function importBatches(text: string, size: number): { batches: string[]; contacts: number } {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { batches: [text], contacts: 0 };
  }
  if (typeof file !== 'object' || file === null) return { batches: [text], contacts: 0 };
  const { contacts, followUps, settings, ...rest } = file as Record<string, unknown>;
  if (!Array.isArray(contacts) || !Array.isArray(followUps) || contacts.length <= size) {
    return { batches: [text], contacts: Array.isArray(contacts) ? contacts.length : 0 };
  }
  const batchOf = new Map<unknown, number>();
  const parts: { contacts: unknown[]; followUps: unknown[] }[] = [];
  contacts.forEach((contact, index) => {
    const batch = Math.floor(index / size);
    (parts[batch] ??= { contacts: [], followUps: [] }).contacts.push(contact);
    const record = contact as { url?: unknown; formerUrls?: unknown };
    batchOf.set(record?.url, batch);
    if (Array.isArray(record?.formerUrls)) for (const url of record.formerUrls) batchOf.set(url, batch);
  });
  // A follow-up of nobody in the file goes with the first batch: the worker says so there.
  for (const followUp of followUps) parts[batchOf.get((followUp as { contactUrl?: unknown })?.contactUrl) ?? 0]!.followUps.push(followUp);
  return {
    batches: parts.map((part, index) => JSON.stringify({ ...rest, ...(index === 0 && settings !== undefined && { settings }), ...part })),
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
