import { browser } from 'wxt/browser';
import type { PageProtocol, WorkerProtocol, WorkerRequest } from '@/utils/messaging/messages';
import { requestFor, type DataOf, type ReplyOf } from '@/utils/messaging/wire';
import { t } from '@/utils/ui-text';

const unreachable = t('common.unreachable');

/** One request to the worker; a worker that cannot answer becomes a plain-words failure, never a throw. */
export async function askWorker<K extends WorkerRequest>(type: K, data: DataOf<WorkerProtocol[K]>): Promise<ReplyOf<WorkerProtocol[K]>> {
  const failure = { ok: false, error: unreachable } as ReplyOf<WorkerProtocol[K]>;
  try {
    return ((await browser.runtime.sendMessage(requestFor(type, data))) as ReplyOf<WorkerProtocol[K]> | undefined) ?? failure;
  } catch {
    return failure;
  }
}

/** Asks the reader (content script) in a tab; rejects when no script of ours answers there. */
export async function askReader<K extends keyof PageProtocol>(tabId: number, type: K): Promise<ReplyOf<PageProtocol[K]>> {
  const reply = (await browser.tabs.sendMessage(tabId, requestFor(type))) as ReplyOf<PageProtocol[K]> | undefined;
  if (reply === undefined) throw new Error(`No reader answered ${type} in tab ${tabId}.`);
  return reply;
}
