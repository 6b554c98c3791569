import { extensionRuntime } from '@/utils/extension-runtime';
import type { WorkerProtocol, WorkerRequest } from '@/utils/messaging/messages';
import { requestFor, type DataOf, type ReplyOf } from '@/utils/messaging/wire';
import { t } from '@/utils/ui-text';

const unreachable = t('common.unreachable');

/**
 * One request to the worker; a worker that cannot answer becomes a plain-words failure, never a
 * throw. Pages that only ask the worker reach the runtime directly, without webextension-polyfill
 * (2.8 KB gzip), as the content scripts do: sendMessage is promise-based in both browsers.
 */
export async function askWorker<K extends WorkerRequest>(type: K, data: DataOf<WorkerProtocol[K]>): Promise<ReplyOf<WorkerProtocol[K]>> {
  const failure = { ok: false, error: unreachable } as ReplyOf<WorkerProtocol[K]>;
  try {
    const runtime = extensionRuntime();
    if (!runtime) return failure;
    return ((await runtime.sendMessage(requestFor(type, data))) as ReplyOf<WorkerProtocol[K]> | undefined) ?? failure;
  } catch {
    return failure;
  }
}
