import { FollowUpMessage } from '@/components/FollowUpMessage';
import { text } from './text';
import { laterText } from './later-text';

const labels = {
  checklist: laterText.followUp.checklist,
  subject: text.draft.subject,
  message: text.draft.message,
  copy: laterText.followUp.copy,
  copySubject: text.draft.copySubject,
};

interface Props {
  /** What to do, in plain words ("Send Amara a gentle check-in"). */
  todo?: string;
  subject?: string;
  body?: string;
  checklist?: string[];
  copyStatus?: string;
  onCopy: (text: string) => void;
  onNewMessage: () => void;
}

/** A saved contact: the next step and its drafted follow-up, instead of a first message. */
export function FollowUpView(props: Props) {
  return (
    <section aria-labelledby="follow-up-heading" class="card" data-testid="follow-up">
      <h2 id="follow-up-heading">{laterText.followUp.heading}</h2>
      {!props.todo && <p>{laterText.followUp.none}</p>}
      {props.todo && <p data-testid="follow-up-todo">{props.todo}</p>}
      {props.body !== undefined && (
        <FollowUpMessage
          draft={{ body: props.body, ...(props.subject && { subject: props.subject }), ...(props.checklist && { checklist: props.checklist }) }}
          labels={labels}
          rows={7}
          copyStatus={props.copyStatus ?? ''}
          onCopy={props.onCopy}
        />
      )}
      <button type="button" class="secondary" onClick={props.onNewMessage}>
        {laterText.followUp.newMessage}
      </button>
    </section>
  );
}
