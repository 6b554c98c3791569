import type { ImportSummary } from '@/utils/store/import-data';
import { dataText as text } from './data-text';

/** Where the data panel stands: idle, an import waiting for the user's yes, or an erase waiting for it. */
export type DataStep =
  | { kind: 'idle' }
  | { kind: 'previewing'; fileName: string; summary: ImportSummary }
  | { kind: 'confirming-erase' };

interface Props {
  step: DataStep;
  /** What just happened, in plain words. */
  status: string;
  error: string;
  busy: boolean;
  onExportJson: () => void;
  onExportCsv: () => void;
  onChooseFile: (file: File) => void;
  onApplyImport: () => void;
  onCancelImport: () => void;
  onAskErase: () => void;
  onErase: () => void;
  onKeep: () => void;
}

/** Journey 8: export, import with a preview, and erase with an in-page confirmation. */
export function DataPanel(props: Props) {
  const { step } = props;
  return (
    <section aria-labelledby="data-heading" class="card data-panel">
      <h2 id="data-heading">{text.heading}</h2>
      <p class="muted">{text.intro}</p>
      <div class="data-row">
        <button type="button" onClick={props.onExportJson} disabled={props.busy} aria-describedby="export-json-why">
          {text.exportJson}
        </button>
        <span id="export-json-why" class="why">{text.exportJsonWhy}</span>
      </div>
      <div class="data-row">
        <button type="button" onClick={props.onExportCsv} disabled={props.busy} aria-describedby="export-csv-why">
          {text.exportCsv}
        </button>
        <span id="export-csv-why" class="why">{text.exportCsvWhy}</span>
      </div>
      <div class="data-row">
        <label class="button secondary">
          {text.importLabel}
          <input
            class="visually-hidden"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-why"
            disabled={props.busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) props.onChooseFile(file);
              input.value = '';
            }}
          />
        </label>
        <span id="import-why" class="why">{text.importWhy}</span>
      </div>
      {step.kind === 'previewing' && (
        <div class="confirm" role="group" aria-labelledby="import-preview">
          <p id="import-preview" data-testid="import-preview">
            <strong>{step.fileName}</strong>: {text.preview(step.summary)}
          </p>
          <div class="actions">
            <button type="button" onClick={props.onApplyImport} disabled={props.busy}>
              {text.applyImport}
            </button>
            <button type="button" class="secondary" onClick={props.onCancelImport}>
              {text.cancelImport}
            </button>
          </div>
        </div>
      )}
      <div class="data-row">
        <button type="button" class="danger" onClick={props.onAskErase} disabled={props.busy} aria-describedby="erase-why">
          {text.erase}
        </button>
        <span id="erase-why" class="why">{text.eraseWhy}</span>
      </div>
      {step.kind === 'confirming-erase' && (
        <div class="confirm danger-zone" role="alertdialog" aria-labelledby="erase-ask">
          <p id="erase-ask">⚠ {text.eraseAsk}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={props.onErase} disabled={props.busy}>
              {text.eraseYes}
            </button>
            <button type="button" class="secondary" onClick={props.onKeep} autoFocus>
              {text.eraseNo}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="status" data-testid="data-status">
        {props.status}
      </p>
      {props.error && (
        <p role="alert" class="error" data-testid="data-error">
          {props.error}
        </p>
      )}
    </section>
  );
}
