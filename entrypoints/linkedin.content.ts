import { defineContentScript } from '#imports';
import type { Profile } from '@/utils/linkedin/profile';
import { profileUrl } from '@/utils/linkedin/profile-url';
import { readProfile } from '@/utils/linkedin/read-profile';
import { stillRendering } from '@/utils/linkedin/shows-profile';
import type { PageReading } from '@/utils/messaging/messages';
import { watchPage } from '@/utils/messaging/watch-page';

/** How long after a navigation a page LinkedIn is still swapping is waited for, at most. */
const renderGrace = 3000;
/** Quiet time after the last DOM change before re-reading (lazy sections arrive in bursts). */
const settle = 300;

export default defineContentScript({
  // Profile pages only, on www and on country subdomains (uk.linkedin.com/in/…).
  matches: ['https://*.linkedin.com/in/*'],
  runAt: 'document_idle',
  // ctx is utils/reader-context.ts (see wxt.config.ts): nothing of ours reaches the page's
  // world (no message, event, attribute, element or global), and no page event can stop it.
  main(ctx) {
    // The popup adds this script only on a profile address; refuse anywhere else all the same.
    if (!/(^|\.)linkedin\.com$/.test(location.hostname)) return;
    let latest: Profile | undefined;
    let changed = true;
    let seenAt = location.href;
    let navigatedAt = performance.now();

    // Moving to another profile does not re-run this script: forget the previous one at once.
    // Noticed by comparing addresses, because WXT's navigation event is dispatched on the
    // page's window, where LinkedIn's scripts would see it.
    function noticeNavigation(): void {
      if (location.href === seenAt) return;
      seenAt = location.href;
      latest = undefined;
      changed = true;
      navigatedAt = performance.now();
    }

    // Reads the page for the address the tab is at now; reading is pure and takes milliseconds.
    function read(): Profile | undefined {
      changed = false;
      latest = profileUrl(location.href).ok ? readProfile(document, location.href) : undefined;
      return latest;
    }

    function answer(): PageReading {
      noticeNavigation();
      const here = profileUrl(location.href);
      const fresh = !changed && here.ok && latest?.url === here.url;
      const profile = fresh ? latest : read();
      // Right after navigation the page may still show the previous person, or no profile yet:
      // answer "not rendered yet", and the popup asks again. A rendered page with a blank name is
      // answered at once: the popup asks the user for the name.
      const rendering = !!profile && stillRendering(document, profile) && performance.now() - navigatedAt < renderGrace;
      if (rendering) return { url: location.href, onProfile: here.ok };
      // A sign-in wall or a "not found" page at a profile address: say what it shows, no person.
      if (profile?.notProfile) return { url: location.href, onProfile: here.ok, notProfile: profile.notProfile };
      return { url: location.href, onProfile: here.ok, profile };
    }

    // LinkedIn is a single-page app: lazily loaded sections and its own page swaps arrive as DOM
    // changes, so the page is re-read once they settle and is fresh when the popup asks (askTab,
    // utils/messaging/ask-worker.ts).
    const onChange = () => {
      noticeNavigation();
      changed = true;
    };
    watchPage(ctx, { settle, onChange, read, request: 'readProfile', answer });
  },
});
