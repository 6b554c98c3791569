import { defineContentScript } from '#imports';
import { readThreads } from '@/utils/linkedin/read-thread';
import { browser } from 'wxt/browser';
import { replyOf, requestOf } from '@/utils/messaging/message-wire';

/** Quiet time after the last DOM change before reading again (a thread renders in bursts). */
const settle = 500;

export default defineContentScript({
  // LinkedIn's messaging pages only (the thread view, and the overlay chat on them).
  matches: ['https://*.linkedin.com/messaging/*'],
  runAt: 'document_idle',
  // ctx is utils/reader-context.ts (see wxt.config.ts), as for the profile reader: nothing of
  // ours reaches the page's world, and no page event can stop it.
  main(ctx) {
    if (!/(^|\.)linkedin\.com$/.test(location.hostname)) return;
    let told = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    // Reads only the conversations the document shows (never scrolls, clicks or fetches), and
    // tells the worker when who-wrote-last changed; the worker decides what is worth a nudge.
    function read(): ReturnType<typeof readThreads> {
      const threads = readThreads(document, location.origin);
      const said = JSON.stringify(threads);
      if (threads.length > 0 && said !== told) {
        told = said;
        // The wire format of utils/messages.ts, without the library's sending half (its size).
        void browser.runtime
          .sendMessage({ type: 'noticeReplies', data: { threads }, timestamp: Date.now() })
          .catch(() => undefined);
      }
      return threads;
    }

    const observer = new MutationObserver(() => {
      if (!ctx.isValid) return;
      clearTimeout(timer);
      timer = setTimeout(() => ctx.isValid && read(), settle);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    read();

    // Asked (the popup, on this tab): read now.
    const onMessage = (message: unknown) =>
      ctx.isValid && requestOf(message)?.type === 'readThreads' ? Promise.resolve(replyOf(read())) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
