import type { WorkerRequest } from '@/utils/messages';
import { requestChecks } from '@/utils/store/request-checks';

/** A page's request, as the pages' @webext-core/messaging sends it: { id, type, data, timestamp }. */
export interface PageRequest {
  type: WorkerRequest;
  data: unknown;
}

/**
 * The worker reads the pages' messages itself rather than through @webext-core/messaging:
 * it only ever answers, and the library's sending half, error serializer and logger cost a
 * sixth of the worker's bundle (~1 KB gzip of 15, seen 2026-11-24). Anything else is not ours.
 */
export function pageRequest(message: unknown): PageRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, data, timestamp } = message as Record<string, unknown>;
  if (typeof type !== 'string' || typeof timestamp !== 'number' || !Object.hasOwn(requestChecks, type)) return undefined;
  return { type: type as WorkerRequest, data };
}

/** The reply as the pages' sendMessage unwraps it. */
export function pageReply(res: unknown): { res: unknown } {
  return { res };
}
