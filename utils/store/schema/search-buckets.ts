import type { Stage } from '@/utils/relationship/stages';
import type { ReadTransaction, WriteTransaction } from './database';
import { storedRowOf, type ContactRow } from './contact-rows';
import type { Contact } from './records';

/**
 * Since version 5: what lists, searches and an import's matching need of every contact (its
 * row, its folded search words, its member id and former addresses), kept column by column in
 * a few large records. Chromium keeps a record over 64 KB as a file of its own and reads it
 * back at ~200 MB/s, while smaller records read at ~20 MB/s (measured 2026-12-02: 2.4 MB in
 * 70 KB records, 4 ms; in 4 KB records, 160 ms), so few and large is fast: at 10,000 contacts
 * each bucket holds ~300 of them in ~150 KB. A contact always lives in the bucket its address
 * hashes to, so a write finds it without a lookup.
 */
export interface SearchBucket {
  urls: string[];
  stages: Stage[];
  updated: number[];
  words: string[];
  /** The row as a page is shown it, as JSON: read back only for the rows returned. */
  rows: string[];
  /** Member id ('' when unknown) and former addresses: an import finds saved contacts by them without reading any. */
  members: string[];
  formers: string[][];
}

/** Each bucket read and written whole: 32 keeps a save's rewrite near 150 KB at 10,000 contacts and a list's read to 32 records. */
export const bucketCount = 32;

/** The bucket an address lives in (FNV-1a over its characters). */
export function bucketOf(url: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < url.length; index++) {
    hash ^= url.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % bucketCount;
}

const emptyBucket = (): SearchBucket => ({ urls: [], stages: [], updated: [], words: [], rows: [], members: [], formers: [] });

const columns = (bucket: SearchBucket) => [bucket.urls, bucket.stages, bucket.updated, bucket.words, bucket.rows, bucket.members, bucket.formers];

/** What a bucket holds of one contact, one value per column. */
interface Entry {
  stage: Stage;
  updated: number;
  words: string;
  row: string;
  member: string;
  formers: string[];
}

function entryOf(contact: Contact): Entry {
  const { words, ...row } = storedRowOf(contact);
  return { stage: row.stage, updated: row.updatedAt, words, row: JSON.stringify(row), member: contact.memberId ?? '', formers: contact.formerUrls };
}

/** A contact's entry put in (or, without one, taken out of) its bucket, in place. */
function place(bucket: SearchBucket, url: string, entry: Entry | undefined): void {
  const at = bucket.urls.indexOf(url);
  if (!entry) {
    if (at >= 0) for (const column of columns(bucket)) column.splice(at, 1);
    return;
  }
  const where = at < 0 ? bucket.urls.length : at;
  bucket.urls[where] = url;
  bucket.stages[where] = entry.stage;
  bucket.updated[where] = entry.updated;
  bucket.words[where] = entry.words;
  bucket.rows[where] = entry.row;
  bucket.members[where] = entry.member;
  bucket.formers[where] = entry.formers;
}

/**
 * Brings the buckets in step with contacts just written (or removed: no `now`), each bucket
 * read and written once however many of its contacts changed. Callers in one transaction
 * await each call before the next, so no two read the same bucket at once.
 */
export async function keepBuckets(tx: WriteTransaction, changes: readonly { url: string; now?: Contact }[]): Promise<void> {
  const store = tx.objectStore('buckets');
  const byBucket = new Map<number, { url: string; entry?: Entry }[]>();
  for (const { url } of changes) if (!byBucket.has(bucketOf(url))) byBucket.set(bucketOf(url), []);
  // The buckets are asked for first; each entry is made while the database answers (after an
  // import's 20,000 writes that is seconds, and the entries ~0.2 s of the page's time).
  const reads = [...byBucket.keys()].map((key) => store.get(key));
  for (const { url, now } of changes) byBucket.get(bucketOf(url))!.push({ url, ...(now && { entry: entryOf(now) }) });
  await Promise.all(
    [...byBucket].map(async ([key, inBucket], index) => {
      const bucket = (await reads[index]) ?? emptyBucket();
      for (const { url, entry } of inBucket) place(bucket, url, entry);
      await store.put(bucket, key);
    }),
  );
}

/** Every bucket written afresh from the contacts given: the upgrade to version 5. */
export async function fillBuckets(tx: WriteTransaction, contacts: readonly Contact[]): Promise<void> {
  const buckets = Array.from({ length: bucketCount }, emptyBucket);
  for (const contact of contacts) place(buckets[bucketOf(contact.url)]!, contact.url, entryOf(contact));
  const store = tx.objectStore('buckets');
  await store.clear();
  await Promise.all(buckets.map((bucket, key) => store.put(bucket, key)));
}

export const readBuckets = (tx: ReadTransaction): Promise<SearchBucket[]> => tx.objectStore('buckets').getAll();

/** A contact a list holds: enough to sort and filter, its shown row read back only when returned. */
export interface Listed {
  stage: Stage;
  updatedAt: number;
  url: string;
  row: string;
}

/** Every contact at `stage` (any, when absent) whose folded words hold all of `words`. */
export function matchingRows(buckets: readonly SearchBucket[], words: readonly string[], stage?: Stage): Listed[] {
  const found: Listed[] = [];
  for (const bucket of buckets) {
    bucket.words.forEach((text, at) => {
      if ((!stage || bucket.stages[at] === stage) && words.every((word) => text.includes(word))) {
        found.push({ stage: bucket.stages[at]!, updatedAt: bucket.updated[at]!, url: bucket.urls[at]!, row: bucket.rows[at]! });
      }
    });
  }
  return found;
}

export const shownRow = (listed: Listed) => JSON.parse(listed.row) as ContactRow;

/** Every address, member id and former address the store holds: an import looks up only the contacts that name one. */
export interface SavedIdentities {
  urls: Set<string>;
  members: Set<string>;
  formers: Set<string>;
}

export function savedIdentities(buckets: readonly SearchBucket[]): SavedIdentities {
  const found: SavedIdentities = { urls: new Set(), members: new Set(), formers: new Set() };
  for (const bucket of buckets) {
    bucket.urls.forEach((url, at) => {
      found.urls.add(url);
      if (bucket.members[at]) found.members.add(bucket.members[at]!);
      for (const former of bucket.formers[at] ?? []) found.formers.add(former);
    });
  }
  return found;
}

/** Whether a contact could be someone saved: only then is the store asked who. */
export function mayBeSaved(saved: SavedIdentities, contact: Pick<Contact, 'url' | 'memberId' | 'formerUrls'>): boolean {
  const known = (url: string) => saved.urls.has(url) || saved.formers.has(url);
  return known(contact.url) || (contact.memberId !== undefined && saved.members.has(contact.memberId)) || contact.formerUrls.some(known);
}
