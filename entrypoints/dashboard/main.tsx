import { render } from 'preact';
import '@/components/base.css';
import { Placeholder } from '@/components/Placeholder';

render(
  <Placeholder title="Dashboard">
    <p>
      Here you will see every mentor you have reached out to, by stage, with the follow-ups that
      are due today or overdue at the top, and your notes and takeaways for each.
    </p>
  </Placeholder>,
  document.getElementById('app')!,
);
