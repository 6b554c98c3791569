import { render } from 'preact';
import '@/components/base.css';
import '@/components/dashboard/pages.css';
import { App } from './App';
import { loadMe, saveNow } from './me-state';

render(<App />, document.getElementById('app')!);
void loadMe();
addEventListener('pagehide', saveNow);
