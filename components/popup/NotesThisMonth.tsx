import type { Channel } from '@/utils/outreach/channels';
import type { NoteAllowance } from '@/utils/relationship/note-allowance';
import { laterText } from './later-text';

interface Props {
  allowance: NoteAllowance;
  onChannel: (channel: Channel) => void;
}

const others = ['message', 'inmail', 'email'] as const;

/** This month's invitation notes on a free account: a warning before the last, other ways at the cap. */
export function NotesThisMonth({ allowance, onChannel }: Props) {
  if (allowance.kind === 'room') return null;
  return (
    <div class="notice" role="note" data-testid="notes-this-month">
      {allowance.kind === 'last' ? (
        <p>⚠ {laterText.notes.last(allowance.used + 1, allowance.cap)}</p>
      ) : (
        <>
          <p>⚠ {laterText.notes.none(allowance.cap)}</p>
          <div class="actions">
            {others.map((channel) => (
              <button key={channel} type="button" class="secondary" onClick={() => onChannel(channel)}>
                {laterText.notes[channel]}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
