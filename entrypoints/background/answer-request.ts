import type { WorkerProtocol, WorkerRequest } from '@/utils/messaging/messages';
import type { DataOf } from '@/utils/messaging/wire';
import type { Clock } from '@/utils/relationship/clock';
import { getContact, listContacts, listGroups, recentMessages } from '@/utils/store/contacts/contact-queries';
import { changeStage, logInteraction, saveContact } from '@/utils/store/contacts/contacts';
import type { Database } from '@/utils/store/schema/database';
import { listDue, listDueIn } from '@/utils/store/follow-ups/due-follow-ups';
import { eraseAll } from '@/utils/store/transfer/erase-all';
import { exportData } from '@/utils/store/transfer/export-data';
import { finishFollowUp, setFollowUpDue, snoozeFollowUp } from '@/utils/store/follow-ups/follow-ups';
import { importData } from '@/utils/store/transfer/import-data';
import { importLinkedInExport } from '@/utils/store/transfer/linkedin-export';
import { failureOf, fail, succeed, type Outcome } from '@/utils/store/schema/outcome';
import { requestChecks } from '@/utils/messaging/request-checks';
import { saveWords } from '@/utils/store/contacts/save-words';
import { notesThisMonth } from '@/utils/store/contacts/sent-notes';
import { noticeReplies } from '@/utils/store/follow-ups/notice-replies';
import { readSettings, saveSettings } from '@/utils/store/schema/settings';
import { dismissStoreNotice, StoreLostError, storeNotice } from './database-connection';

type Reply<K extends WorkerRequest> = ReturnType<WorkerProtocol[K]>;
type Handler<K extends WorkerRequest> = (db: Database, data: DataOf<WorkerProtocol[K]>, clock: Clock) => Promise<Reply<K>>;

// The notice of a lost database is read and dismissed even while the database cannot be opened.
type StoreRequest = Exclude<WorkerRequest, 'storeNotice'>;

// Most store operations take (db, data, clock) as they are; the rest are adapted here.
const handlers: { [K in StoreRequest]: Handler<K> } = {
  saveContact,
  saveWords,
  logInteraction,
  changeStage,
  snoozeFollowUp,
  finishFollowUp,
  setFollowUpDue,
  getContact,
  listContacts,
  listGroups,
  recentMessages,
  listDue: (db, data, clock) => listDue(db, data.until ?? clock.now),
  listDueIn,
  notesThisMonth,
  noticeReplies,
  getSettings: readSettings,
  saveSettings,
  exportData: (db, _data, clock) => exportData(db, clock.now),
  importData: (db, { text, apply }) => importData(db, text, apply),
  // Reaching a handler means the database was opened and checked (see answerRequest): the page may use it now.
  openStore: async () => succeed(null),
  // A failed write of the page's is answered as the worker's own are: after checking the database survived.
  storeWritten: async (_db, { error }) => (error === undefined ? succeed(null) : { ok: false, error, storage: true }),
  importLinkedInExport,
  eraseAll,
};

/**
 * Requests that cannot change a follow-up (they read, or save only settings); every other one
 * may, so nudges are brought up to date after it.
 */
const readOnly: ReadonlySet<WorkerRequest> = new Set(['getContact', 'listContacts', 'listGroups', 'recentMessages', 'listDue', 'listDueIn', 'notesThisMonth', 'getSettings', 'saveSettings', 'exportData', 'openStore', 'storeNotice']);

export function changesFollowUps(type: WorkerRequest): boolean {
  return !readOnly.has(type);
}

/** Requests that only read: every other one that succeeds changed the store, and the backup follows. */
const reads: ReadonlySet<WorkerRequest> = new Set(['getContact', 'listContacts', 'listGroups', 'recentMessages', 'listDue', 'listDueIn', 'notesThisMonth', 'getSettings', 'exportData', 'openStore', 'storeNotice']);

export function changesData(type: WorkerRequest): boolean {
  return !reads.has(type);
}

async function answerStoreNotice({ dismiss }: { dismiss?: boolean }): Promise<Outcome<Awaited<ReturnType<typeof storeNotice>>>> {
  if (dismiss) await dismissStoreNotice();
  return succeed(await storeNotice());
}

/**
 * Answers one request from a page: checks its data, acts, and replies with an Outcome.
 * Whatever goes wrong comes back as a plain-words error; the worker never crashes on a request.
 */
export async function answerRequest<K extends WorkerRequest>(
  db: () => Promise<Database>,
  type: K,
  data: unknown,
  clock: Clock,
): Promise<Reply<K> | Outcome<never>> {
  const check = requestChecks[type] as ((input: unknown, where: string) => Outcome<DataOf<WorkerProtocol[K]>>) | undefined;
  if (!check) return fail(`Unknown request “${String(type)}”.`);
  const checked = check(data, 'The request');
  if (!checked.ok) return checked;
  try {
    if (type === 'storeNotice') return (await answerStoreNotice(checked.value as { dismiss?: boolean })) as Reply<K>;
    return await (handlers[type as StoreRequest] as unknown as Handler<K>)(await db(), checked.value, clock);
  } catch (error) {
    // A lost database's message says what happened and what to do; nothing else to add.
    return error instanceof StoreLostError ? fail(error.message) : failureOf(error);
  }
}
