import { requestOf } from '@/utils/messaging/wire';
import type { WorkerRequest } from '@/utils/messaging/messages';
import { requestChecks } from '@/utils/messaging/request-checks';

export interface PageRequest {
  type: WorkerRequest;
  data: unknown;
}

/** A page's request to the worker, or undefined for anything that is not one (see requestOf). */
export function pageRequest(message: unknown): PageRequest | undefined {
  const request = requestOf(message);
  if (!request || !Object.hasOwn(requestChecks, request.type)) return undefined;
  return { type: request.type as WorkerRequest, data: request.data };
}
