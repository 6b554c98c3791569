import { text } from './text';

interface Props {
  /** What to do, in plain words ("Send Amara a gentle check-in"). */
  todo?: string;
  subject?: string;
  body?: string;
  checklist?: string[];
  copyStatus?: string;
  onCopy: (what: 'subject' | 'message') => void;
  onNewMessage: () => void;
}

/** A saved contact: the next step and its drafted follow-up, instead of a first message. */
export function FollowUpView(props: Props) {
  return (
    <section aria-labelledby="follow-up-heading" class="card" data-testid="follow-up">
      <h2 id="follow-up-heading">{text.followUp.heading}</h2>
      {!props.todo && <p>{text.followUp.none}</p>}
      {props.todo && <p data-testid="follow-up-todo">{props.todo}</p>}
      {props.checklist && props.checklist.length > 0 && (
        <ul class="checklist">
          {props.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {props.body !== undefined && (
        <>
          {props.subject && (
            <label class="stacked">
              {text.draft.subject}
              <input type="text" readOnly value={props.subject} />
            </label>
          )}
          <label class="stacked">
            {text.draft.message}
            <textarea rows={7} readOnly value={props.body} />
          </label>
          <div class="actions">
            <button type="button" onClick={() => props.onCopy('message')}>
              {text.followUp.copy}
            </button>
            {props.subject && (
              <button type="button" class="secondary" onClick={() => props.onCopy('subject')}>
                {text.draft.copySubject}
              </button>
            )}
          </div>
          <p role="status" class="status">
            {props.copyStatus ?? ''}
          </p>
        </>
      )}
      <button type="button" class="secondary" onClick={props.onNewMessage}>
        {text.followUp.newMessage}
      </button>
    </section>
  );
}
