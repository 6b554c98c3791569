// The receiving half of utils/messages.ts, without the library (see requestOf).

/** A request as the pages' @webext-core/messaging sends it: { id, type, data, timestamp }. */
export interface MessageRequest {
  type: string;
  data: unknown;
}

/**
 * The receiving sides (the worker, the content script) read the library's wire format
 * themselves: they only ever answer, and the library's sending half, error serializer and
 * logger cost ~1 KB gzip in each of those small bundles (seen 2026-11-24). Anything not in
 * that format is not ours, and is left unanswered.
 */
export function requestOf(message: unknown): MessageRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, data, timestamp } = message as Record<string, unknown>;
  return typeof type === 'string' && typeof timestamp === 'number' ? { type, data } : undefined;
}

/** An answer as the library's sendMessage unwraps it. */
export function replyOf(res: unknown): { res: unknown } {
  return { res };
}
