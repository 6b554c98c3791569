import { dataText as text } from './data-text';

/** The file picker for LinkedIn's own data export: one or both of its CSV files. */
export function LinkedInExportPicker({ busy, onChoose }: { busy: boolean; onChoose: (files: File[]) => void }) {
  return (
    <div class="data-row">
      <label class="button secondary">
        {text.linkedInLabel}
        <input
          class="visually-hidden"
          type="file"
          multiple
          accept=".csv,text/csv"
          aria-describedby="linkedin-why"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            if (files.length > 0) onChoose(files);
            input.value = '';
          }}
        />
      </label>
      <span id="linkedin-why" class="why">
        {text.linkedInWhy}
      </span>
    </div>
  );
}
