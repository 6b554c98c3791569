import { boxRows } from '@/utils/drafting/box-rows';
import { lengthOf } from '@/utils/outreach/channels';
import { text } from './text';

interface Props {
  subject?: string;
  body: string;
  /** Channel limits; subjectLimit absent where the channel has no subject. */
  limit: number;
  subjectLimit?: number;
  hasSubject: boolean;
  /** The most rows the message box may grow to: fewer in the popup, which is 600 px high at most. */
  maxRows: number;
  copyStatus?: string;
  onSubject: (value: string) => void;
  onBody: (value: string) => void;
  onCopy: (what: 'subject' | 'message') => void;
}

// About this many characters fit on a row of the popup's boxes (420 px wide).
const charsPerRow = 52;

/** The whole message as it will be sent, with a live count against the channel's limit. */
export function MessageBox(props: Props) {
  const length = lengthOf(props.body);
  const over = length - props.limit;
  return (
    <div class="message">
      {props.hasSubject && (
        <label class="stacked">
          {text.draft.subject}
          {/* A box, not a one-line field: a long subject is shown whole. */}
          <textarea
            class="subject"
            rows={boxRows(props.subject ?? '', charsPerRow, 1, 3)}
            value={props.subject ?? ''}
            onInput={(e) => props.onSubject(e.currentTarget.value.replace(/\n/g, ' '))}
          />
        </label>
      )}
      <label class="stacked">
        {text.draft.message}
        <textarea
          rows={boxRows(props.body, charsPerRow, 4, props.maxRows)}
          value={props.body}
          aria-describedby="message-count"
          onInput={(e) => props.onBody(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="button" onClick={() => props.onCopy('message')}>
          {text.draft.copyMessage}
        </button>
        {props.hasSubject && (
          <button type="button" class="secondary" onClick={() => props.onCopy('subject')}>
            {text.draft.copySubject}
          </button>
        )}
        <p id="message-count" class={over > 0 ? 'count over' : 'count'} data-testid="message-count">
          {text.draft.count(length, props.limit)}
          {over > 0 && ` — ${text.draft.over(over)}`}
        </p>
      </div>
      <p role="status" class="status" data-testid="copy-status">
        {props.copyStatus ?? ''}
      </p>
    </div>
  );
}
