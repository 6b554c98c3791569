import type { Interaction } from '@/utils/store/schema/records';
import { dashboardText as text } from './dashboard-text';

interface Props {
  history: Interaction[];
  dateText: (time: number) => string;
  /** The day you connected on LinkedIn, as its data export gave it, in words. */
  connectedOn?: string;
}

/** What happened with them, newest first, dated in the user's zone. */
export function HistoryList({ history, dateText, connectedOn }: Props) {
  return (
    <section aria-labelledby="history-heading" class="card">
      <h2 id="history-heading">{text.history.heading}</h2>
      {connectedOn && <p data-testid="connected-on">{text.history.connectedOn(connectedOn)}</p>}
      {history.length === 0 && <p class="muted">{text.history.none}</p>}
      <ol class="history" reversed>
        {[...history].reverse().map((entry) => (
          <li key={`${entry.kind}@${entry.at}`}>
            <strong>{text.history.kinds[entry.kind]}</strong> <span class="muted">{dateText(entry.at)}</span>
            {entry.note && <span> — {entry.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
