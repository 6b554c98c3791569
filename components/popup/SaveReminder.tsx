import type { ComponentChildren } from 'preact';
import { text } from './text';

interface Props {
  state: 'idle' | 'saving' | 'saved' | 'failed';
  /** What the next follow-up is and when, once saved. */
  nextText?: string;
  /** The follow-up's due date as YYYY-MM-DD, for the date field. */
  dueDate?: string;
  error?: string;
  onSave: () => void;
  onDueDate: (date: string) => void;
  /** More buttons beside "Save & remind me" (the popup's "Keep it beside the page"). */
  children?: ComponentChildren;
}

/** Journey 6: store the contact at stage Reached out, and show when the next follow-up is due. */
export function SaveReminder(props: Props) {
  return (
    <div class="save" aria-live="polite">
      <div class="actions">
        {props.state !== 'saved' && (
          <button type="button" disabled={props.state === 'saving'} onClick={props.onSave}>
            {props.state === 'saving' ? text.save.saving : text.save.button}
          </button>
        )}
        {props.children}
      </div>
      {props.state === 'saved' && (
        <p data-testid="saved">
          {text.save.saved} {props.nextText}
        </p>
      )}
      {props.state === 'saved' && props.dueDate && (
        <label class="inline">
          {text.save.due}{' '}
          <input type="date" value={props.dueDate} onChange={(e) => props.onDueDate(e.currentTarget.value)} />
        </label>
      )}
      {props.state === 'failed' && (
        <p role="alert" class="error">
          {text.save.failed} {props.error}
        </p>
      )}
    </div>
  );
}
