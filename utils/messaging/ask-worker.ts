import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { workerMessaging, type WorkerProtocol, type WorkerRequest } from '@/utils/messaging/messages';
import { t } from '@/utils/ui-text';

const unreachable = t('common.unreachable');

/** One request to the worker; a worker that cannot answer becomes a plain-words failure, never a throw. */
export async function askWorker<K extends WorkerRequest>(
  type: K,
  data: GetDataType<WorkerProtocol[K]>,
): Promise<GetReturnType<WorkerProtocol[K]>> {
  const failure = { ok: false, error: unreachable } as GetReturnType<WorkerProtocol[K]>;
  try {
    return (await workerMessaging.sendMessage(type, data)) ?? failure;
  } catch {
    return failure;
  }
}
