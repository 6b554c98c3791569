import { extensionApi } from '@/utils/extension-api';
import type { PageProtocol } from '@/utils/messaging/messages';
import { requestFor, type ReplyOf } from '@/utils/messaging/wire';

/** Asks the reader (content script) in a tab; rejects when no script of ours answers there. */
export async function askReader<K extends keyof PageProtocol>(tabId: number, type: K): Promise<ReplyOf<PageProtocol[K]>> {
  const reply = (await extensionApi().tabs.sendMessage(tabId, requestFor(type))) as ReplyOf<PageProtocol[K]> | undefined;
  if (reply === undefined) throw new Error(`No reader answered ${type} in tab ${tabId}.`);
  return reply;
}
