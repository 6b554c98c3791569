import { render } from 'preact';
import '@/components/base.css';
import '@/components/dashboard/pages.css';
import '@/components/me/me.css';
import '@/components/me/my-words.css';
import { App } from './App';
import { loadMe, meSaved, saveNow } from './me-state';
import { storeChannel, type StoreChange } from '@/utils/messaging/messages';
import { speakTheInterfaceLanguage } from '@/components/page-language';
import { text } from './text';

speakTheInterfaceLanguage(text.title);
render(<App />, document.getElementById('app')!);
void loadMe();
addEventListener('pagehide', saveNow);
new BroadcastChannel(storeChannel).addEventListener('message', (event: MessageEvent<StoreChange>) => {
  if (event.data.request === 'saveSettings') void meSaved();
});
