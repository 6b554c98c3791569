import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { PopupView } from '@/components/PopupView';
import { openDashboard, popupState, readTab } from './state';

function App() {
  return <PopupView state={popupState.value} onOpenDashboard={openDashboard} />;
}

render(<App />, document.getElementById('app')!);
void readTab();
