import { laterText } from './later-text';

export interface ReplySeen {
  id: number;
  name: string;
  ago: string;
}

interface Props {
  replies: ReplySeen[];
  status?: string;
  onLog: (id: number) => void;
}

/** Replies a conversation on screen showed from saved contacts: one click each logs it. */
export function RepliesSeen({ replies, status, onLog }: Props) {
  if (replies.length === 0 && !status) return null;
  return (
    <section aria-labelledby="replies-heading" class="card" data-testid="replies-seen">
      <h2 id="replies-heading">{laterText.replies.heading}</h2>
      <ul>
        {replies.map((reply) => (
          <li key={reply.id}>
            {laterText.replies.replied(reply.name, reply.ago)}{' '}
            <button type="button" aria-label={`${laterText.replies.log}: ${reply.name}`} onClick={() => onLog(reply.id)}>
              {laterText.replies.log}
            </button>
          </li>
        ))}
      </ul>
      {status && (
        <p role="status" class="status">
          {status}
        </p>
      )}
    </section>
  );
}
