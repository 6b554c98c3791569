import type { WorkerProtocol, WorkerRequest } from '@/utils/messaging/messages';
import type { DataOf } from '@/utils/messaging/wire';
import type { Clock } from '@/utils/relationship/clock';
import { getContact, listContacts, listGroups, recentMessages } from '@/utils/store/contact-queries';
import { changeStage, logInteraction, saveContact } from '@/utils/store/contacts';
import type { Database } from '@/utils/store/database';
import { listDue, listDueIn } from '@/utils/store/due-follow-ups';
import { eraseAll } from '@/utils/store/erase-all';
import { exportData } from '@/utils/store/export-data';
import { exportPages, exportPieces, Kept, type ExportPage } from '@/utils/store/export-pages';
import { longestText } from '@/utils/store/export-text';
import { storeText } from '@/utils/store/store-text';
import { finishFollowUp, setFollowUpDue, snoozeFollowUp } from '@/utils/store/follow-ups';
import { importData } from '@/utils/store/import-data';
import { importLinkedInExport } from '@/utils/store/linkedin-export';
import { failureOf, fail, succeed, type Outcome } from '@/utils/store/outcome';
import { requestChecks } from '@/utils/messaging/request-checks';
import { saveWords } from '@/utils/store/save-words';
import { notesThisMonth } from '@/utils/store/sent-notes';
import { noticeReplies } from '@/utils/store/notice-replies';
import { readSettings, saveSettings } from '@/utils/store/settings';
import { dismissStoreNotice, StoreLostError, storeNotice } from './database-connection';

/** Exports being fetched page by page, and files being sent in parts (see WorkerProtocol). */
const exportsUnderWay = new Kept<ExportPage[]>();
const uploads = new Kept<string[]>();

async function startExport(db: Database, _data: undefined, clock: Clock): Promise<Reply<'startExport'>> {
  const file = await exportData(db, clock.now);
  if (!file.ok) return file;
  const pages = exportPages(exportPieces(file.value));
  return succeed({ id: exportsUnderWay.add(pages), exportedAt: file.value.exportedAt, contacts: file.value.contacts.length, pages: pages.length });
}

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
  startExport,
  exportPage: async (_db, { id, page }) => {
    const pages = exportsUnderWay.get(id);
    if (!pages?.[page]) return fail(storeText.exportGone);
    if (page === pages.length - 1) exportsUnderWay.delete(id); // the page has it all now
    return succeed(pages[page]);
  },
  importPart: async (_db, { upload, text }) => {
    const parts = upload === undefined ? [] : uploads.get(upload);
    if (!parts) return fail(storeText.uploadGone);
    if (parts.reduce((sum, part) => sum + part.length, text.length) > longestText) {
      if (upload !== undefined) uploads.delete(upload);
      return fail(storeText.tooLarge(Math.ceil((parts.reduce((sum, part) => sum + part.length, 0) + text.length) / 1_000_000)));
    }
    parts.push(text);
    return succeed({ upload: upload ?? uploads.add(parts) });
  },
  importData: async (db, { text, upload, apply }) => {
    const parts = upload === undefined ? [text ?? ''] : uploads.get(upload);
    if (upload !== undefined) uploads.delete(upload);
    return parts ? importData(db, parts.join(''), apply) : fail(storeText.uploadGone);
  },
  importLinkedInExport,
  eraseAll,
};

/**
 * Requests that cannot change a follow-up (they read, or save only settings); every other one
 * may, so nudges are brought up to date after it.
 */
const readOnly: ReadonlySet<WorkerRequest> = new Set(['getContact', 'listContacts', 'listGroups', 'recentMessages', 'listDue', 'listDueIn', 'notesThisMonth', 'getSettings', 'saveSettings', 'exportData', 'startExport', 'exportPage', 'importPart', 'storeNotice']);

export function changesFollowUps(type: WorkerRequest): boolean {
  return !readOnly.has(type);
}

/** Requests that only read: every other one that succeeds changed the store, and the backup follows. */
const reads: ReadonlySet<WorkerRequest> = new Set(['getContact', 'listContacts', 'listGroups', 'recentMessages', 'listDue', 'listDueIn', 'notesThisMonth', 'getSettings', 'exportData', 'startExport', 'exportPage', 'importPart', 'storeNotice']);

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
