import type { Database, WriteTransaction } from './database';
import type { ExportFile } from './export-file';
import { findContact } from './find-contact';
import { inTransaction } from './in-transaction';
import { succeed, type Outcome } from './outcome';
import { parseExport } from './parse-export';
import type { Contact, FollowUp, Interaction } from './records';
import { moveFollowUps } from './reset-follow-ups';

/** What an import does (or, for a preview, would do). */
export interface ImportSummary {
  contacts: number;
  newContacts: number;
  mergedContacts: number;
  followUpsAdded: number;
  settingsTaken: boolean;
}

const interactionKey = (interaction: Interaction) => `${interaction.kind}@${interaction.at}`;
const followUpKey = (followUp: Omit<FollowUp, 'id'>) => `${followUp.kind}@${followUp.dueAt}@${followUp.since}`;

/**
 * One person known on both sides: the more recently updated side's fields win, history and
 * former addresses are the union of both, and the earliest creation date stays.
 */
export function mergeContacts(saved: Contact, imported: Contact): Contact {
  const [newer, older] = imported.updatedAt > saved.updatedAt ? [imported, saved] : [saved, imported];
  const history = new Map([...older.history, ...newer.history].map((entry) => [interactionKey(entry), entry]));
  const memberId = newer.memberId ?? older.memberId;
  return {
    ...newer,
    ...(memberId !== undefined && { memberId }),
    formerUrls: [...new Set([...saved.formerUrls, ...imported.formerUrls, saved.url, imported.url])].filter(
      (url) => url !== newer.url,
    ),
    history: [...history.values()].sort((a, b) => a.at - b.at),
    createdAt: Math.min(saved.createdAt, imported.createdAt),
  };
}

async function savedMatch(tx: WriteTransaction, contact: Contact): Promise<Contact | undefined> {
  const direct = await findContact(tx, { url: contact.url, memberId: contact.memberId });
  if (direct) return direct;
  for (const former of contact.formerUrls) {
    const match = await findContact(tx, { url: former });
    if (match) return match;
  }
  return undefined;
}

async function merge(tx: WriteTransaction, file: ExportFile): Promise<ImportSummary> {
  const contacts = tx.objectStore('contacts');
  const followUps = tx.objectStore('followUps');
  const summary: ImportSummary = { contacts: file.contacts.length, newContacts: 0, mergedContacts: 0, followUpsAdded: 0, settingsTaken: false };
  // Where each of the file's addresses lands after merging.
  const landsAt = new Map<string, string>();
  for (const imported of file.contacts) {
    const saved = await savedMatch(tx, imported);
    const result = saved ? mergeContacts(saved, imported) : imported;
    if (saved && saved.url !== result.url) {
      await contacts.delete(saved.url);
      await moveFollowUps(tx, saved.url, result.url);
    }
    await contacts.put(result);
    summary[saved ? 'mergedContacts' : 'newContacts'] += 1;
    for (const url of [imported.url, ...imported.formerUrls]) landsAt.set(url, result.url);
  }
  const known = new Map<string, Set<string>>();
  for (const followUp of file.followUps) {
    const contactUrl = landsAt.get(followUp.contactUrl) ?? followUp.contactUrl;
    let keys = known.get(contactUrl);
    if (!keys) {
      keys = new Set((await followUps.index('by-contact').getAll(contactUrl)).map(followUpKey));
      known.set(contactUrl, keys);
    }
    if (keys.has(followUpKey(followUp))) continue;
    keys.add(followUpKey(followUp));
    await followUps.add({ ...followUp, contactUrl } as FollowUp);
    summary.followUpsAdded += 1;
  }
  // The user's own settings are kept; a fresh install takes the file's.
  if (!(await tx.objectStore('settings').get('settings'))) {
    await tx.objectStore('settings').put(file.settings, 'settings');
    summary.settingsTaken = true;
  }
  return summary;
}

/**
 * Imports an export file: everything or nothing. The whole file is checked first; then the
 * merge runs in one transaction. A preview (`apply` false) runs the same merge and rolls it
 * back, so what it reports is exactly what applying would do.
 */
export async function importData(db: Database, text: string, apply: boolean): Promise<Outcome<ImportSummary>> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => succeed(await merge(tx, parsed.value)), apply);
}
