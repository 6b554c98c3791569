import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { load } from './actions';
import { App } from './App';

render(<App />, document.getElementById('app')!);
void load();
