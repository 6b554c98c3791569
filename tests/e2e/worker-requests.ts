/**
 * Asks the background worker from an extension page, as the pages will: the message goes
 * through chrome.runtime.sendMessage in @webext-core/messaging's wire format ({ id, type,
 * data, timestamp } out, { res } or { err } back), so the worker's real listener answers.
 */
import type { Page } from 'playwright-core';
import type { WorkerProtocol, WorkerRequest } from '@/utils/messages';

export async function askWorker<K extends WorkerRequest>(
  page: Page,
  type: K,
  data?: Parameters<WorkerProtocol[K]>[0],
): Promise<ReturnType<WorkerProtocol[K]>> {
  const reply = await page.evaluate(
    async ([type, data]) => {
      const message = { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
      return (await chrome.runtime.sendMessage(message)) as { res?: unknown; err?: { message?: string } } | undefined;
    },
    [type, data ?? null] as const,
  );
  if (!reply) throw new Error(`The worker did not answer “${type}”.`);
  if (reply.err) throw new Error(`The worker failed on “${type}”: ${reply.err.message ?? 'no message'}`);
  return reply.res as ReturnType<WorkerProtocol[K]>;
}
