import { defineContentScript } from '#imports';
import { pageMessaging } from '@/utils/messages';

export default defineContentScript({
  // Profile pages only, on www and on country subdomains (uk.linkedin.com/in/…).
  matches: ['https://*.linkedin.com/in/*'],
  runAt: 'document_idle',
  main(ctx) {
    // LinkedIn is a single-page app: moving from one profile to another does not re-run
    // this script, so the page is read when the popup asks, never cached from load time.
    const stopAnswering = pageMessaging.onMessage('readProfile', () => ({ url: location.href }));
    ctx.onInvalidated(stopAnswering);
  },
});
