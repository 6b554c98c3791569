import type { Contact } from '@/utils/store/schema/records';
import { dashboardText as text } from './dashboard-text';

export type NoteField = keyof typeof text.notes.fields;
const noteFields = Object.keys(text.notes.fields) as NoteField[];

interface Props {
  contact: Contact;
  status: string;
  /** Raised for a field whose words changed elsewhere: its box then shows them. */
  revision?: Partial<Record<NoteField, number>>;
  onChange: (field: NoteField, value: string) => void;
}

/** Notes and takeaways: what feeds the thank-you and the progress update. Saved as you type. */
export function NotesFields({ contact, status, revision = {}, onChange }: Props) {
  return (
    <section aria-labelledby="notes-heading" class="card notes">
      <h2 id="notes-heading">{text.notes.heading}</h2>
      <p class="why">{text.notes.why}</p>
      {noteFields.map((field) => (
        <div class="field" key={`${contact.url}-${field}-${revision[field] ?? 0}`}>
          <label for={`note-${field}`}>{text.notes.fields[field].label}</label>
          <textarea
            id={`note-${field}`}
            rows={field === 'toldThem' ? 2 : 3}
            aria-describedby={`note-${field}-why`}
            defaultValue={contact[field]}
            onInput={(event) => onChange(field, event.currentTarget.value)}
          />
          <p id={`note-${field}-why`} class="why">
            {text.notes.fields[field].why}
          </p>
        </div>
      ))}
      <p role="status" class="status" data-testid="notes-status">
        {status}
      </p>
    </section>
  );
}
