/** The words of a follow-up's draft a label each page names in its own words. */
export interface FollowUpMessageLabels {
  checklist: string;
  subject: string;
  message: string;
  copy: string;
  copySubject: string;
}

interface Props {
  draft: { subject?: string; body?: string; checklist?: string[] };
  labels: FollowUpMessageLabels;
  rows: number;
  copyStatus: string;
  onCopy: (text: string) => void;
}

/** A drafted follow-up to read and copy: what to prepare, the subject, the message, Copy. The popup and the dashboard show the same. */
export function FollowUpMessage({ draft, labels, rows, copyStatus, onCopy }: Props) {
  return (
    <>
      {draft.checklist && draft.checklist.length > 0 && (
        <ul class="checklist" aria-label={labels.checklist}>
          {draft.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {draft.subject && (
        <label class="stacked">
          {labels.subject}
          <input type="text" readOnly value={draft.subject} />
        </label>
      )}
      {draft.body && (
        <label class="stacked">
          {labels.message}
          <textarea rows={rows} readOnly value={draft.body} />
        </label>
      )}
      <div class="actions">
        {draft.body && (
          <button type="button" onClick={() => onCopy(draft.body ?? '')}>
            {labels.copy}
          </button>
        )}
        {draft.subject && (
          <button type="button" class="secondary" onClick={() => onCopy(draft.subject ?? '')}>
            {labels.copySubject}
          </button>
        )}
      </div>
      <p role="status" class="status">
        {copyStatus}
      </p>
    </>
  );
}
