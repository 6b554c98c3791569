import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { periodOf } from '@/utils/linkedin/page-dates';
import type { Period } from '@/utils/linkedin/profile';
import { snapshotOf } from './contact-snapshot';
import { rebuildRows, type StoredFirstMessage, type StoredRow } from './contact-rows';
import { openStates, type Contact, type FollowUp, type StageCounts, type StoredSettings } from './records';
import { countStages } from './stage-counts';
import { fillBuckets, type SearchBucket } from './search-buckets';

/**
 * The database the background worker owns. Pages ask it through messages; only an export or an
 * import on a page opens it there too (utils/data/transfer.ts), after the worker checked it.
 */
export interface MentorDB extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: {
      'by-memberId': string;
      'by-formerUrl': string;
      'by-updated': number;
      'by-stage-updated': [string, number];
    };
  };
  followUps: {
    key: number;
    value: FollowUp;
    indexes: {
      'by-contact': string;
      // "What is due now" is a range over [state, dueAt], never a scan of every follow-up.
      'by-state-due': [string, number];
    };
  };
  settings: {
    key: 'settings';
    value: StoredSettings;
  };
  /** Since version 2: contacts per stage, so the dashboard never counts an index range. */
  counts: {
    key: 'stages';
    value: StageCounts;
  };
  /**
   * Version 4 only: what a list row shows of each contact, with its search words folded, so
   * lists and searches read a few hundred bytes per contact instead of the whole record.
   * Version 5 keeps them in `buckets` and drops this store.
   */
  rows: {
    key: string;
    value: StoredRow;
    indexes: {
      'by-updated': number;
      'by-stage-updated': [string, number];
    };
  };
  /** Since version 4: each contact's first message, for the "nearly the same" warning. */
  firstMessages: {
    key: string;
    value: StoredFirstMessage;
    indexes: { 'by-updated': number };
  };
  /** Since version 5: every contact's row, search words and identities in a few large records (see search-buckets.ts). */
  buckets: {
    key: number;
    value: SearchBucket;
  };
}

export type Database = IDBPDatabase<MentorDB>;

/** A schema upgrade from the version before it; it may move records, and must never drop one. */
export type UpgradeStep = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/** Version 1: contacts by address, follow-ups by due date, settings. */
const createVersion1: UpgradeStep = (db) => {
  const typed = db as unknown as IDBPDatabase<MentorDB>;
  const contacts = typed.createObjectStore('contacts', { keyPath: 'url' });
  contacts.createIndex('by-memberId', 'memberId');
  contacts.createIndex('by-formerUrl', 'formerUrls', { multiEntry: true });
  contacts.createIndex('by-updated', 'updatedAt');
  contacts.createIndex('by-stage-updated', ['stage', 'updatedAt']);
  const followUps = typed.createObjectStore('followUps', { keyPath: 'id', autoIncrement: true });
  followUps.createIndex('by-contact', 'contactUrl');
  followUps.createIndex('by-state-due', ['state', 'dueAt']);
  typed.createObjectStore('settings');
};

/**
 * Version 2: contacts counted per stage, and open follow-ups given the snapshot of their
 * contact that the due list shows (10,000 contacts: a due list in ~2 ms instead of ~60).
 */
const countStagesAndSnapshot: UpgradeStep = async (db, tx) => {
  db.createObjectStore('counts');
  const typed = tx as unknown as WriteTransaction;
  await countStages(typed);
  const contacts = typed.objectStore('contacts');
  let cursor = await typed.objectStore('followUps').openCursor();
  while (cursor) {
    const followUp = cursor.value;
    const contact = openStates.includes(followUp.state) ? await contacts.get(followUp.contactUrl) : undefined;
    if (contact) await cursor.update({ ...followUp, snapshot: snapshotOf(contact) });
    cursor = await cursor.continue();
  }
};

type Dated = { dates?: unknown; period?: Period };

/** Entries with the period their dates line shows, when they have none yet. */
function withPeriods(entries: unknown): unknown {
  if (!Array.isArray(entries)) return entries;
  const dated = entries.map((entry: Dated) => {
    if (!entry || typeof entry !== 'object' || entry.period || typeof entry.dates !== 'string') return entry;
    const period = periodOf(entry.dates);
    return period ? { ...entry, period } : entry;
  });
  return dated.every((entry, index) => entry === entries[index]) ? entries : dated;
}

/**
 * Version 3: roles and schools saved before the reader dated them get the period their
 * "Jan 2020 – Present" line shows, so "your years as X at Y" and "current" hold for people
 * saved earlier too. The sections read since (projects, honours…) stay absent until the
 * profile is read again; nothing else changes, and a record it cannot read stays as it was.
 */
const datePeriods: UpgradeStep = async (_db, tx) => {
  let cursor = await (tx as unknown as WriteTransaction).objectStore('contacts').openCursor();
  while (cursor) {
    const contact = cursor.value;
    const profile = contact.profile as Contact['profile'] | undefined;
    if (profile && typeof profile === 'object') {
      const experience = withPeriods(profile.experience) as Contact['profile']['experience'];
      const education = withPeriods(profile.education) as Contact['profile']['education'];
      if (experience !== profile.experience || education !== profile.education) {
        await cursor.update({ ...contact, profile: { ...profile, experience, education } });
      }
    }
    cursor = await cursor.continue();
  }
};

/**
 * Version 4: a row per contact with its search words folded ("Ines" finds "Inès"), and each
 * first message on its own, written from the contacts saved before; contacts are not changed.
 */
const indexRows: UpgradeStep = async (db, tx) => {
  const typed = db as unknown as IDBPDatabase<MentorDB>;
  const rows = typed.createObjectStore('rows', { keyPath: 'url' });
  rows.createIndex('by-updated', 'updatedAt');
  rows.createIndex('by-stage-updated', ['stage', 'updatedAt']);
  typed.createObjectStore('firstMessages', { keyPath: 'url' }).createIndex('by-updated', 'updatedAt');
  await rebuildRows(tx as unknown as WriteTransaction);
};

/**
 * Version 5: the rows and their search words gathered into a few large records, so lists and
 * searches read a few dozen records instead of one per contact; written from the contacts,
 * which are not changed. The rows of version 4 are dropped: the buckets hold them.
 */
const gatherRows: UpgradeStep = async (db, tx) => {
  const typed = db as unknown as IDBPDatabase<MentorDB>;
  typed.createObjectStore('buckets');
  const write = tx as unknown as WriteTransaction;
  await fillBuckets(write, await write.objectStore('contacts').getAll());
  typed.deleteObjectStore('rows');
};

/** Step n upgrades version n to n + 1. Add steps at the end; never edit a shipped one. */
export const upgradeSteps: readonly UpgradeStep[] = [createVersion1, countStagesAndSnapshot, datePeriods, indexRows, gatherRows];

export const databaseVersion = upgradeSteps.length;
export const databaseName = 'mentor-outreach';

/** Runs the steps from `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export async function runUpgrades(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
  steps: readonly UpgradeStep[],
): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    await steps[version]?.(db, tx);
  }
}

/**
 * Opens (and creates or upgrades) the database. `steps` is for tests of the upgrade path.
 * `onClosed` is called if the browser closes the connection (another version opened it, or
 * the user cleared site data), so the caller can open it again next time.
 */
export function openDatabase(
  options: { name?: string; steps?: readonly UpgradeStep[]; onClosed?: () => void } = {},
): Promise<Database> {
  const steps = options.steps ?? upgradeSteps;
  return openDB<MentorDB>(options.name ?? databaseName, steps.length, {
    upgrade(db, oldVersion, newVersion, tx) {
      const untypedDb = db as unknown as IDBPDatabase<unknown>;
      const untypedTx = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      // A step that fails aborts the whole upgrade: the old version stays, with all its records.
      // The caller hears of it through openDatabase's rejection, not through the transaction.
      tx.done.catch(() => undefined);
      runUpgrades(untypedDb, untypedTx, oldVersion, newVersion ?? steps.length, steps).catch(() => {
        try {
          tx.abort();
        } catch {
          // The transaction already ended; openDB reports the failure either way.
        }
      });
    },
    blocking(_current, _blocked, event) {
      // A newer version wants in: step aside rather than hold it up.
      (event.target as IDBDatabase).close();
      options.onClosed?.();
    },
    terminated() {
      options.onClosed?.();
    },
  });
}

export type StoreName = StoreNames<MentorDB>;

/** A read-write transaction over every store: saves read, merge and write inside one of these. */
export type WriteTransaction = IDBPTransaction<MentorDB, StoreName[], 'readwrite'>;
export type ReadTransaction = IDBPTransaction<MentorDB, StoreName[], 'readonly' | 'readwrite'>;

export const allStores: StoreName[] = ['contacts', 'followUps', 'settings', 'counts', 'firstMessages', 'buckets'];
