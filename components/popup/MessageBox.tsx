import { lengthOf } from '@/utils/outreach/channels';
import { text } from './text';

interface Props {
  subject?: string;
  body: string;
  /** Channel limits; subjectLimit absent where the channel has no subject. */
  limit: number;
  subjectLimit?: number;
  hasSubject: boolean;
  copyStatus?: string;
  onSubject: (value: string) => void;
  onBody: (value: string) => void;
  onCopy: (what: 'subject' | 'message') => void;
}

/** The whole message as it will be sent, with a live count against the channel's limit. */
export function MessageBox(props: Props) {
  const length = lengthOf(props.body);
  const over = length - props.limit;
  return (
    <div class="message">
      {props.hasSubject && (
        <label class="stacked">
          {text.draft.subject}
          <input type="text" value={props.subject ?? ''} onInput={(e) => props.onSubject(e.currentTarget.value)} />
        </label>
      )}
      <label class="stacked">
        {text.draft.message}
        <textarea
          rows={8}
          value={props.body}
          aria-describedby="message-count"
          onInput={(e) => props.onBody(e.currentTarget.value)}
        />
      </label>
      <p id="message-count" class={over > 0 ? 'count over' : 'count'} data-testid="message-count">
        {text.draft.count(length, props.limit)}
        {over > 0 && ` — ${text.draft.over(over)}`}
      </p>
      <div class="actions">
        <button type="button" onClick={() => props.onCopy('message')}>
          {text.draft.copyMessage}
        </button>
        {props.hasSubject && (
          <button type="button" class="secondary" onClick={() => props.onCopy('subject')}>
            {text.draft.copySubject}
          </button>
        )}
      </div>
      <p role="status" class="status" data-testid="copy-status">
        {props.copyStatus ?? ''}
      </p>
    </div>
  );
}
