import { useState } from 'preact/hooks';
import type { NextStep } from '@/utils/follow-ups/next-step';
import { snoozeChoices, type SnoozeChoice } from '@/utils/relationship/snooze-until';
import { FollowUpMessage } from '@/components/FollowUpMessage';
import { dashboardText as text } from './dashboard-text';

interface Props {
  step?: NextStep;
  /** What to do, in words: "Send Amara a gentle, no-pressure check-in: …". */
  todo?: string;
  /** When it is due, in words, and as the date field shows it. */
  dueText?: string;
  dueDate?: string;
  copyStatus: string;
  onCopy: (text: string) => void;
  onDone: () => void;
  onSnooze: (choice: SnoozeChoice | { date: string }) => void;
  onDueDate: (date: string) => void;
}

type SnoozePick = (typeof snoozeChoices)[number] | 'date';

/** The next follow-up, its drafted message to copy, and what the user can do about it. */
export function NextFollowUp(props: Props) {
  const [pick, setPick] = useState<SnoozePick>('1-day');
  const [until, setUntil] = useState('');
  const { step } = props;
  const draft = step?.draft;
  return (
    <section aria-labelledby="next-heading" class="card next" data-testid="next-follow-up">
      <h2 id="next-heading">{text.next.heading}</h2>
      {!step && <p class="muted">{text.next.none}</p>}
      {step && (
        <>
          <p>
            <strong data-testid="next-kind">{text.kinds[step.kind]}</strong>
            {props.dueText && <span class="muted"> · {text.next.dueAt(props.dueText)}</span>}
          </p>
          {props.todo && <p>{props.todo}</p>}
          {draft && <FollowUpMessage draft={draft} labels={text.next} rows={8} copyStatus={props.copyStatus} onCopy={props.onCopy} />}
          {step.followUp && (
            <div class="actions follow-up-actions">
              <button type="button" onClick={props.onDone}>
                {text.next.done}
              </button>
              <span class="snooze">
                <label>
                  {text.next.snoozeFor}{' '}
                  <select value={pick} onChange={(event) => setPick(event.currentTarget.value as SnoozePick)}>
                    {([...snoozeChoices, 'date'] as const).map((choice) => (
                      <option key={choice} value={choice}>
                        {text.next.snoozeChoices[choice]}
                      </option>
                    ))}
                  </select>
                </label>
                {pick === 'date' && (
                  <label>
                    {text.next.snoozeUntil}{' '}
                    <input type="date" value={until} onInput={(event) => setUntil(event.currentTarget.value)} />
                  </label>
                )}
                <button
                  type="button"
                  class="secondary"
                  disabled={pick === 'date' && !until}
                  onClick={() => props.onSnooze(pick === 'date' ? { date: until } : pick)}
                >
                  {text.next.snooze}
                </button>
              </span>
              <label>
                {text.next.dueDate}{' '}
                <input type="date" value={props.dueDate} onChange={(event) => props.onDueDate(event.currentTarget.value)} />
              </label>
            </div>
          )}
        </>
      )}
    </section>
  );
}
