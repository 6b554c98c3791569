import type { Stage } from '@/utils/relationship/stages';
import type { ReadTransaction, WriteTransaction } from './database';
import type { ContactRow, StoredRow } from './contact-rows';

/**
 * Since version 5: every contact's list row and folded search words, kept column by column in
 * a few large records, so a search reads a few dozen records instead of one per contact. In
 * Chromium a record costs about the same to read whatever its size (10,000 rows: ~300 ms), and
 * columns of plain strings and numbers cost little to read back. A contact always lives in the
 * bucket its address hashes to, so a write finds it without a lookup.
 */
export interface SearchBucket {
  urls: string[];
  stages: Stage[];
  updated: number[];
  words: string[];
  /** The row as a page is shown it, as JSON: read back only for the rows a search returns. */
  rows: string[];
}

/** Enough for 10,000 contacts to be ~300 a bucket (a save rewrites ~100 KB); 100,000 still read in 32 records. */
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

const emptyBucket = (): SearchBucket => ({ urls: [], stages: [], updated: [], words: [], rows: [] });

const shownOf = ({ words: _words, ...row }: StoredRow) => JSON.stringify(row);

/** A contact's row put in (or, without one, taken out of) its bucket, in place. */
function place(bucket: SearchBucket, url: string, row: StoredRow | undefined): void {
  const at = bucket.urls.indexOf(url);
  if (!row) {
    if (at < 0) return;
    for (const column of [bucket.urls, bucket.stages, bucket.updated, bucket.words, bucket.rows]) column.splice(at, 1);
    return;
  }
  const where = at < 0 ? bucket.urls.length : at;
  bucket.urls[where] = url;
  bucket.stages[where] = row.stage;
  bucket.updated[where] = row.updatedAt;
  bucket.words[where] = row.words;
  bucket.rows[where] = shownOf(row);
}

/**
 * Brings the buckets in step with rows just written (or removed: no row), each bucket read
 * and written once however many of its contacts changed. Callers in one transaction await
 * each call before the next, so no two read the same bucket at once.
 */
export async function keepBuckets(tx: WriteTransaction, changes: readonly { url: string; row?: StoredRow }[]): Promise<void> {
  const store = tx.objectStore('buckets');
  const byBucket = new Map<number, { url: string; row?: StoredRow }[]>();
  for (const change of changes) {
    const key = bucketOf(change.url);
    byBucket.set(key, [...(byBucket.get(key) ?? []), change]);
  }
  await Promise.all(
    [...byBucket].map(async ([key, inBucket]) => {
      const bucket = (await store.get(key)) ?? emptyBucket();
      for (const { url, row } of inBucket) place(bucket, url, row);
      await store.put(bucket, key);
    }),
  );
}

/** Every bucket written afresh from the rows given: the upgrade to version 5. */
export async function fillBuckets(tx: WriteTransaction, rows: readonly StoredRow[]): Promise<void> {
  const buckets = Array.from({ length: bucketCount }, emptyBucket);
  for (const row of rows) place(buckets[bucketOf(row.url)]!, row.url, row);
  const store = tx.objectStore('buckets');
  await store.clear();
  await Promise.all(buckets.map((bucket, key) => store.put(bucket, key)));
}

/** A row that matched a search: enough to sort and filter, its shown row read back only when returned. */
export interface Match {
  stage: Stage;
  updatedAt: number;
  url: string;
  row: string;
}

export const readBuckets = (tx: ReadTransaction): Promise<SearchBucket[]> => tx.objectStore('buckets').getAll();

/** Every contact whose folded words hold all of `words` (and who is at `stage`, when given). */
export function matchingRows(buckets: readonly SearchBucket[], words: readonly string[], stage?: Stage): Match[] {
  const matches: Match[] = [];
  for (const bucket of buckets) {
    bucket.words.forEach((text, at) => {
      if ((!stage || bucket.stages[at] === stage) && words.every((word) => text.includes(word))) {
        matches.push({ stage: bucket.stages[at]!, updatedAt: bucket.updated[at]!, url: bucket.urls[at]!, row: bucket.rows[at]! });
      }
    });
  }
  return matches;
}

export const shownRow = (match: Match) => JSON.parse(match.row) as ContactRow;
