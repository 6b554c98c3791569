import { defineContentScript } from '#imports';
import { readThreads } from '@/utils/linkedin/read-thread';
import { extensionRuntime } from '@/utils/extension-runtime';
import { requestFor } from '@/utils/messaging/wire';
import { watchPage } from '@/utils/messaging/watch-page';

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

    // Asked (the popup, on this tab): read now.
    watchPage(ctx, { settle, read, request: 'readThreads', answer: read });
    read();
  },
});
