import type { ExportedContact, LinkedInExportSummary } from '@/utils/store/transfer/linkedin-export';
import { linkedInExportText as text, type ExportCounts } from './linkedin-export-text';
import { StatusLines } from './StatusLines';

/** Where importing LinkedIn's export stands: reading, a preview waiting for a yes, or done. */
export type ExportStep =
  | { kind: 'idle' }
  | { kind: 'previewing'; files: string[]; counts: ExportCounts; summary: LinkedInExportSummary }
  | { kind: 'applied'; summary: LinkedInExportSummary };

interface Props {
  step: ExportStep;
  busy: boolean;
  status: string;
  error: string;
  /** Me's zone: the days shown are the user's. */
  timeZone: string;
  /** What was logged from an offer, by offer (loggedKey). */
  logged: Record<string, string>;
  onApply: () => void;
  onCancel: () => void;
  onLogReply: (change: ExportedContact) => void;
  onLogAccepted: (change: ExportedContact) => void;
}

/** An offer's key in `logged`: a contact may have both a reply and an acceptance to log. */
export const loggedKey = (kind: 'replied' | 'accepted', url: string) => `${kind} ${url}`;

/** The saved contacts listed after an import; more are counted, not drawn. */
const shownAtMost = 200;

function ChangedContact({ change, timeZone, logged, busy, onLogReply, onLogAccepted }: { change: ExportedContact } & Pick<Props, 'timeZone' | 'logged' | 'busy' | 'onLogReply' | 'onLogAccepted'>) {
  const accepted = logged[loggedKey('accepted', change.url)];
  const replied = logged[loggedKey('replied', change.url)];
  return (
    <li data-testid="linkedin-contact">
      <strong>{change.name}</strong>: {text.facts(change, timeZone)}
      {!accepted && change.acceptedAt !== undefined && (
        <p class="offer">
          {text.acceptedOffer}{' '}
          <button type="button" disabled={busy} aria-label={`${text.logAccepted}: ${change.name}`} onClick={() => onLogAccepted(change)}>
            {text.logAccepted}
          </button>
        </p>
      )}
      {!replied && change.replyAt !== undefined && (
        <p class="offer">
          {text.replied(change.replyAt, timeZone)}{' '}
          <button type="button" disabled={busy} aria-label={`${text.logReply}: ${change.name}`} onClick={() => onLogReply(change)}>
            {text.logReply}
          </button>
        </p>
      )}
      {accepted && <p class="status">{accepted}</p>}
      {replied && <p class="status">{replied}</p>}
    </li>
  );
}

/** The preview of LinkedIn's export (Apply or Cancel), then what it told, with its offers to log. */
export function LinkedInExportPreview(props: Props) {
  const { step } = props;
  const changes = step.kind === 'applied' ? step.summary.changes : [];
  return (
    <div class="linkedin-export">
      {step.kind === 'previewing' && (
        <div class="confirm" role="group" aria-labelledby="linkedin-files">
          <p id="linkedin-files">
            <strong>{step.files.join(', ')}</strong>
          </p>
          <ul data-testid="linkedin-preview">
            {text.preview(step.counts, step.summary).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <div class="actions">
            {step.summary.changes.length > 0 && (
              <button type="button" onClick={props.onApply} disabled={props.busy}>
                {text.apply}
              </button>
            )}
            <button type="button" class="secondary" onClick={props.onCancel} disabled={props.busy}>
              {text.cancel}
            </button>
          </div>
        </div>
      )}
      {changes.length > 0 && (
        <section aria-labelledby="linkedin-changes">
          <h3 id="linkedin-changes">{text.listHeading}</h3>
          <ul>
            {changes.slice(0, shownAtMost).map((change) => (
              <ChangedContact key={change.url} change={change} {...props} />
            ))}
          </ul>
          {changes.length > shownAtMost && <p class="muted">{text.more(changes.length - shownAtMost)}</p>}
          {changes.some((change) => change.replyAt !== undefined) && <p class="muted">{text.offeredElsewhere}</p>}
        </section>
      )}
      <StatusLines status={props.status} error={props.error} name="linkedin" />
    </div>
  );
}
