import { unwrap } from 'idb';
import { keepSnapshots, snapshotOf } from '../schema/contact-snapshot';
import type { Database, WriteTransaction } from '../schema/database';
import type { ExportFile } from './export-file';
import { findContact } from '../schema/find-contact';
import { inTransaction } from '../schema/in-transaction';
import { succeed, type Outcome } from '../schema/outcome';
import { parseExport } from './parse-export';
import { openStates, type Contact, type FollowUp, type Interaction } from '../schema/records';
import { moveFollowUps } from '../follow-ups/reset-follow-ups';
import { keepInStep, type ContactWritten } from '../schema/write-contact';
import { mayBeSaved, readBuckets, savedIdentities } from '../schema/search-buckets';

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

const words = ['notes', 'takeaways', 'adviceReceived', 'whatITried', 'toldThem'] as const;

/** The newer profile, with any of its fields left empty filled from the older one: nothing read before is blanked. */
function profileOfBoth(newer: Contact['profile'], older: Contact['profile']): Contact['profile'] {
  const profile: Record<string, unknown> = { ...newer };
  for (const [key, value] of Object.entries(older)) {
    if (key === 'url' || key === 'slug') continue;
    if (profile[key] === undefined || profile[key] === '') profile[key] = value;
  }
  return profile as unknown as Contact['profile'];
}

/**
 * One person known on both sides: the more recently updated side's fields win, but never with
 * an empty one (words typed on either side are kept: an older copy's notes are not emptied by
 * a newer copy that has none); history and former addresses are the union of both, and the
 * earliest creation date stays.
 */
export function mergeContacts(saved: Contact, imported: Contact): Contact {
  const [newer, older] = imported.updatedAt > saved.updatedAt ? [imported, saved] : [saved, imported];
  const history = new Map([...older.history, ...newer.history].map((entry) => [interactionKey(entry), entry]));
  const memberId = newer.memberId ?? older.memberId;
  const hook = newer.hook ?? older.hook;
  const message = newer.message ?? older.message;
  const meetingAt = newer.meetingAt ?? older.meetingAt;
  // What LinkedIn's export told stays, whichever side it was imported on.
  const connectedAt = newer.connectedAt ?? older.connectedAt;
  const linkedInMessages = [newer.linkedInMessages, older.linkedInMessages].sort((a, b) => (b?.lastAt ?? -1) - (a?.lastAt ?? -1))[0];
  const merged: Contact = {
    ...newer,
    ...(connectedAt !== undefined && { connectedAt }),
    ...(linkedInMessages && { linkedInMessages }),
    ...(memberId !== undefined && { memberId }),
    ...(hook && { hook }),
    ...(message && { message }),
    ...(meetingAt !== undefined && { meetingAt }),
    profile: profileOfBoth(newer.profile, older.profile),
    formerUrls: [...new Set([...saved.formerUrls, ...imported.formerUrls, saved.url, imported.url])].filter(
      (url) => url !== newer.url,
    ),
    history: [...history.values()].sort((a, b) => a.at - b.at),
    createdAt: Math.min(saved.createdAt, imported.createdAt),
  };
  for (const field of words) merged[field] = newer[field].trim() ? newer[field] : older[field];
  return merged;
}

/**
 * The saved contact the file's contact is: the same address or member id. An address only
 * one of them used to have proves nothing by itself (a file may list anyone's address among
 * a contact's former ones): it matches only when both carry the same member id. Otherwise
 * the file's contact is someone new, and addresses that are another saved contact's own are
 * dropped from its former ones, so nobody takes another's identity.
 */
type Match = { saved?: Contact; contact: Contact };

async function savedMatch(tx: WriteTransaction, contact: Contact): Promise<Match> {
  const contacts = tx.objectStore('contacts');
  const byUrl = await contacts.get(contact.url);
  if (byUrl) return { saved: byUrl, contact };
  if (contact.memberId) {
    const byMember = await contacts.index('by-memberId').get(contact.memberId);
    if (byMember) return { saved: byMember, contact };
  }
  const sameMember = (other: Contact | undefined) => other?.memberId !== undefined && other.memberId === contact.memberId;
  const formerOfSaved = await contacts.index('by-formerUrl').get(contact.url);
  if (sameMember(formerOfSaved)) return { saved: formerOfSaved, contact };
  const others = await Promise.all(contact.formerUrls.map((former) => findContact(tx, { url: former })));
  const match = others.find(sameMember);
  if (match) return { saved: match, contact };
  const taken = new Set(others.flatMap((other) => (other ? [other.url, ...other.formerUrls] : [])));
  return { contact: taken.size ? { ...contact, formerUrls: contact.formerUrls.filter((url) => !taken.has(url)) } : contact };
}


/**
 * Merges the file into the store inside `tx`. A dry run (a preview) works out the same summary
 * without writing, unless two of the file's people are one saved contact: those merge one after
 * the other, reading what the first wrote, so then it writes too (and the caller rolls back).
 */
async function merge(tx: WriteTransaction, file: ExportFile, dryRun: boolean, onProgress?: Progress): Promise<ImportSummary> {
  const contacts = tx.objectStore('contacts');
  const followUps = tx.objectStore('followUps');
  const summary: ImportSummary = { contacts: file.contacts.length, newContacts: 0, mergedContacts: 0, followUpsAdded: 0, settingsTaken: false };
  // Writes are sent on the raw stores, not waited for one by one: IndexedDB runs a transaction's
  // requests in order, and a failed one aborts the whole transaction (tx.done says why). idb's
  // promise for each of 20,000 writes cost a third of a 10,000-contact import (seen 2026-12-02).
  const rawContacts = unwrap(contacts);
  const rawFollowUps = unwrap(followUps);
  // Only a contact naming an address or member id the store holds is looked up (the buckets say
  // which, in a few reads), and those all at once: a request per contact costs seconds at 10,000.
  const identities = savedIdentities(await readBuckets(tx));
  const matches = await Promise.all(
    file.contacts.map((imported): Promise<Match> | Match => (mayBeSaved(identities, imported) ? savedMatch(tx, imported) : { contact: imported })),
  );
  const matchedUrls = matches.flatMap(({ saved }) => (saved ? [saved.url] : []));
  // Two of the file's people matching one saved contact merge one after the other, as the file reads.
  const oneByOne = new Set(matchedUrls).size < matchedUrls.length;
  const write = !dryRun || oneByOne;
  // Where each of the file's addresses lands after merging, and who lands there.
  const landsAt = new Map<string, string>();
  const results = new Map<string, Contact>();
  const changed = new Set<string>();
  // Each address written or emptied, with the stage the store held there before the import: the counts, rows and buckets follow from these.
  const written = new Map<string, ContactWritten>();
  const note = (url: string, was: Contact | undefined, now: Contact | undefined) => {
    const before = written.get(url);
    written.set(url, { url, ...(before ? before.was && { was: before.was } : was && { was: was.stage }), ...(now && { now }) });
  };
  // Told as the database confirms a contact written (every 1% of the file): a long import's bar shows what is done.
  const total = file.contacts.length;
  const step = Math.max(1, Math.ceil(total / 100));
  for (const [index, inFile] of file.contacts.entries()) {
    const { saved, contact: imported } = oneByOne ? await savedMatch(tx, inFile) : matches[index]!;
    const result = saved ? mergeContacts(saved, imported) : imported;
    if (write && saved && saved.url !== result.url) {
      rawContacts.delete(saved.url);
      note(saved.url, saved, undefined);
      await moveFollowUps(tx, saved.url, result.url);
    }
    if (write) {
      const put = rawContacts.put(result);
      const done = index + 1;
      if (onProgress && (done % step === 0 || done === total)) put.onsuccess = () => onProgress(done, total);
      note(result.url, saved?.url === result.url ? saved : undefined, result);
    }
    summary[saved ? 'mergedContacts' : 'newContacts'] += 1;
    // Every address the file gave this contact, dropped ones too: their follow-ups are this contact’s.
    for (const url of [inFile.url, ...inFile.formerUrls]) landsAt.set(url, result.url);
    results.set(result.url, result);
    if (saved) changed.add(result.url);
  }
  // Only contacts saved before can have follow-ups already, and snapshots to bring up to date.
  const known = new Map<string, Set<string>>();
  await Promise.all(
    [...changed].map(async (url) => {
      known.set(url, new Set((await followUps.index('by-contact').getAll(url)).map(followUpKey)));
      if (write) await keepSnapshots(tx, results.get(url)!);
    }),
  );
  for (const followUp of file.followUps) {
    const contactUrl = landsAt.get(followUp.contactUrl) ?? followUp.contactUrl;
    const keys = known.get(contactUrl) ?? new Set<string>();
    known.set(contactUrl, keys);
    if (keys.has(followUpKey(followUp))) continue;
    keys.add(followUpKey(followUp));
    const contact = results.get(contactUrl);
    const snapshot = contact && openStates.includes(followUp.state) ? snapshotOf(contact) : undefined;
    if (write) rawFollowUps.add({ ...followUp, contactUrl, ...(snapshot && { snapshot }) });
    summary.followUpsAdded += 1;
  }
  await keepInStep(tx, [...written.values()]);
  // The user's own settings are kept; a fresh install takes the file's.
  if (!(await tx.objectStore('settings').get('settings'))) {
    if (write) await tx.objectStore('settings').put(file.settings, 'settings');
    summary.settingsTaken = true;
  }
  return summary;
}

/** Contacts written so far, of all in the file. */
export type Progress = (done: number, total: number) => void;

/**
 * Imports a checked export file (parseExport's): everything or nothing, in one transaction
 * however large the file, each contact's writes queued without a wait for the one before.
 * A preview (`apply` false) runs the same merge without its writes (or with them, rolled back,
 * when it must read them), so what it reports is exactly what applying would do.
 */
export function importFile(db: Database, file: ExportFile, apply: boolean, onProgress?: Progress): Promise<Outcome<ImportSummary>> {
  return inTransaction(db, async (tx) => succeed(await merge(tx, file, !apply, apply ? onProgress : undefined)), apply);
}

/** Imports an export file's text: the whole file is checked first, then imported by importFile. */
export async function importData(db: Database, text: string, apply: boolean): Promise<Outcome<ImportSummary>> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  return importFile(db, parsed.value, apply);
}
