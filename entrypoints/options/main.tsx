import { render } from 'preact';
import '@/components/base.css';
import { Placeholder } from '@/components/Placeholder';

render(
  <Placeholder title="Me">
    <p>
      Here you will write down what you want from a mentor, as the guide’s first step asks: your
      short- and long-term goals, the skills you are missing, the kind of guidance you want, a
      one-line introduction and the name you sign with. Every draft is built from it.
    </p>
    <p class="muted">Export, import and erase of your data will also live here.</p>
  </Placeholder>,
  document.getElementById('app')!,
);
