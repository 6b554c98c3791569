import { dashboardText as text } from './dashboard-text';

/** One due follow-up as the list shows it: who, what to do, and when it came due. */
export interface DueItem {
  id: number;
  url: string;
  name: string;
  what: string;
  when: string;
}

interface Props {
  overdue: DueItem[];
  today: DueItem[];
  /** How many are due in all; the lists may hold only the first of them. */
  total: number;
  onOpen: (url: string) => void;
  onShowAll: () => void;
}

function Items({ items, tag, onOpen }: { items: DueItem[]; tag: string; onOpen: (url: string) => void }) {
  return (
    <ul class="due-items">
      {items.map((item) => (
        <li key={item.id} class={`due-item ${tag === text.due.overdue ? 'overdue' : 'today'}`}>
          <span class="tag">{tag}</span>
          <button type="button" class="link" onClick={() => onOpen(item.url)}>
            {item.name}
          </button>
          <span class="due-what">{item.what}</span>
          <span class="muted">{item.when}</span>
        </li>
      ))}
    </ul>
  );
}

/** What is waiting for the user, overdue first: the top of the dashboard (journey 7). */
export function DueList({ overdue, today, total, onOpen, onShowAll }: Props) {
  return (
    <section aria-labelledby="due-heading" class="card due" id="due" data-testid="due-list">
      <h2 id="due-heading">
        {text.due.heading} ({total})
      </h2>
      {total === 0 && <p class="muted">{text.due.none}</p>}
      <Items items={overdue} tag={text.due.overdue} onOpen={onOpen} />
      <Items items={today} tag={text.due.today} onOpen={onOpen} />
      {overdue.length + today.length < total && (
        <button type="button" class="secondary" onClick={onShowAll}>
          {text.due.showAll(total)}
        </button>
      )}
    </section>
  );
}
