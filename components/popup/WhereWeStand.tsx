import { useState } from 'preact/hooks';
import { laterText } from './later-text';

/** Their answer, as the user logs it: no, not now (until a day), or never again. */
export type Answer = { kind: 'declined' } | { kind: 'not-now'; until: string } | { kind: 'do-not-contact' };

interface Props {
  stage: string;
  last?: string;
  next?: string;
  /** Their profile shows them as 1st degree while we wait for them to accept: their first name. */
  accepted?: string;
  /** What was just logged, or why it could not be. */
  status?: string;
  /** The contact can still be told no (the plan is open). */
  canAnswer?: boolean;
  /** "Not now": the earliest day to pick (yyyy-mm-dd). */
  today?: string;
  onLogAccepted?: () => void;
  /** A conversation on screen showed their reply: "Amara replied 2 h ago." */
  replied?: string;
  onLogReply?: () => void;
  onAnswer?: (answer: Answer) => void;
}

/** Journey 6: opening the popup again on a saved profile shows where we stand with them. */
export function WhereWeStand({ stage, last, next, accepted, replied, status, canAnswer, today, onLogAccepted, onLogReply, onAnswer }: Props) {
  const [until, setUntil] = useState('');
  return (
    <section aria-labelledby="stand-heading" class="card" data-testid="where-we-stand">
      <h2 id="stand-heading">{laterText.stand.heading}</h2>
      <dl class="facts">
        <dt>{laterText.stand.stage}</dt>
        <dd data-testid="stage">{stage}</dd>
        {last && (
          <>
            <dt>{laterText.stand.last}</dt>
            <dd>{last}</dd>
          </>
        )}
        {next && (
          <>
            <dt>{laterText.stand.next}</dt>
            <dd data-testid="next-follow-up">{next}</dd>
          </>
        )}
      </dl>
      {accepted && (
        <p class="offer" data-testid="accepted-offer">
          {laterText.stand.accepted(accepted)}{' '}
          <button type="button" onClick={onLogAccepted}>
            {laterText.stand.logAccepted}
          </button>
        </p>
      )}
      {replied && (
        <p class="offer" data-testid="reply-offer">
          {replied}{' '}
          <button type="button" onClick={onLogReply}>
            {laterText.replies.log}
          </button>
        </p>
      )}
      {status && (
        <p role="status" class="status">
          {status}
        </p>
      )}
      {canAnswer && onAnswer && (
        <details class="answers">
          <summary>{laterText.stand.answered}</summary>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => onAnswer({ kind: 'declined' })}>
              {laterText.stand.declined}
            </button>
            <button type="button" class="secondary" onClick={() => onAnswer({ kind: 'do-not-contact' })}>
              {laterText.stand.doNotContact}
            </button>
          </div>
          <form
            class="actions"
            onSubmit={(event) => {
              event.preventDefault();
              if (until) onAnswer({ kind: 'not-now', until });
            }}
          >
            <label>
              {laterText.stand.notNowDate}{' '}
              <input type="date" required min={today} value={until} onInput={(event) => setUntil(event.currentTarget.value)} />
            </label>
            <button type="submit" class="secondary">
              {laterText.stand.notNowSave}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
