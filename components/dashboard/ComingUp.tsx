import type { DueGroup } from '@/utils/follow-ups/split-due';
import { dashboardText as text } from './dashboard-text';

/** One planned follow-up as the list shows it: who, what to do, and when. */
export interface DueItem {
  id: number;
  url: string;
  name: string;
  what: string;
  when: string;
}

interface Props {
  /** Each group's follow-ups to show, in date order (perhaps only the first of them). */
  shown: Record<DueGroup, DueItem[]>;
  /** How many each group holds in all. */
  totals: Record<DueGroup, number>;
  onOpen: (url: string) => void;
  onSnooze: (id: number) => void;
  onDone: (id: number) => void;
  onShowAll: (group: DueGroup) => void;
}

const groups: readonly DueGroup[] = ['overdue', 'today', 'thisWeek', 'later'];

/**
 * Coming up (journeys 7 and 8): every planned follow-up in date order, overdue first, then
 * today, this week and later; each with its contact, what it is, when, and Snooze and Done.
 * The group is said in words (a heading and a tag), never by colour alone.
 */
export function ComingUp({ shown, totals, onOpen, onSnooze, onDone, onShowAll }: Props) {
  const total = groups.reduce((sum, group) => sum + totals[group], 0);
  return (
    <section aria-labelledby="due-heading" class="card due" id="due" data-testid="coming-up">
      <h2 id="due-heading">{text.due.heading}</h2>
      {total === 0 && <p class="muted">{text.due.none}</p>}
      {groups.map(
        (group) =>
          totals[group] > 0 && (
            <section key={group} aria-labelledby={`due-${group}`} class={`due-group ${group}`} data-testid={`due-${group}`}>
              <h3 id={`due-${group}`}>
                {text.due.groups[group]} <span class="count">({totals[group]})</span>
              </h3>
              <ul class="due-items">
                {shown[group].map((item) => (
                  <li key={item.id} class="due-item">
                    <button type="button" class="link" onClick={() => onOpen(item.url)}>
                      {item.name}
                    </button>
                    <span class="due-what">{item.what}</span>
                    <span class="muted">{item.when}</span>
                    <span class="due-actions">
                      <button type="button" class="secondary" aria-label={text.due.snoozeFor(item.name)} onClick={() => onSnooze(item.id)}>
                        {text.due.snooze}
                      </button>
                      <button type="button" class="secondary" aria-label={text.due.doneFor(item.name)} onClick={() => onDone(item.id)}>
                        {text.due.done}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
              {shown[group].length < totals[group] && (
                <button type="button" class="secondary" onClick={() => onShowAll(group)}>
                  {text.due.showAll(totals[group], text.due.groups[group])}
                </button>
              )}
            </section>
          ),
      )}
    </section>
  );
}
