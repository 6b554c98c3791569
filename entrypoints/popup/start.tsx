import { effect } from '@preact/signals';
import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import '@/components/me/my-words.css';
import { keepDraft } from '@/utils/drafting/kept-drafts';
import { load, storeChanged } from './actions';
import { storeChannel } from '@/utils/messaging/messages';
import { App } from './App';
import { kept, message, pageProfile, touched } from './state';
import { loadTheirClock } from './their-clock';
import { loadStoreNotice } from '@/utils/messaging/store-notice';
import { speakTheInterfaceLanguage } from '@/components/page-language';

/** Starts the drafting view: the popup and the side panel draw the same tree and read the same way. */
export function start(): void {
  speakTheInterfaceLanguage();
  render(<App />, document.getElementById('app')!);
  void load();
  void loadStoreNotice();
  loadTheirClock();
  // The worker tells every open page of each save and erase (utils/messages.ts): this view follows.
  new BroadcastChannel(storeChannel).addEventListener('message', () => void storeChanged());

  // Every change to the draft is kept at once, so closing the popup loses nothing.
  effect(() => {
    const url = pageProfile.value?.url;
    const draft = kept.value;
    if (url && touched.value) keepDraft(localStorage, url, { ...draft, keptAt: Date.now() });
  });

  // "Shows the draft within 100 ms of opening": the moment is marked for npm run bench and devtools.
  const stopWatching = effect(() => {
    if (!message.value.body) return;
    // The frame that paints it: Preact renders the change first, then the browser draws it.
    requestAnimationFrame(() => performance.mark('draft-shown'));
    queueMicrotask(() => stopWatching());
  });
}
