import { defineContentScript } from '#imports';
import { readThreads } from '@/utils/linkedin/read-thread';
import { extensionRuntime } from '@/utils/extension-runtime';
import { answering, requestFor, requestOf } from '@/utils/messaging/wire';

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
        void extensionRuntime()
          ?.sendMessage(requestFor('noticeReplies', { threads }))
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
    const onMessage = answering((message) => (ctx.isValid && requestOf(message)?.type === 'readThreads' ? read() : undefined));
    const runtime = extensionRuntime();
    runtime?.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
      runtime?.onMessage.removeListener(onMessage);
    });
  },
});
