import type { ComponentChildren } from 'preact';
import type { ImportSummary } from '@/utils/store/transfer/import-data';
import { dataText as text, type DataProgress } from './data-text';
import { StatusLines } from './StatusLines';

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
  /** How far a long import or export has got (contacts), while it runs. */
  progress?: DataProgress | undefined;
  onExportJson: () => void;
  onExportCsv: () => void;
  onChooseFile: (file: File) => void;
  onApplyImport: () => void;
  onCancelImport: () => void;
  onAskErase: () => void;
  onErase: () => void;
  onKeep: () => void;
  /** More ways in, shown after the import (LinkedIn's own data export). */
  children?: ComponentChildren;
}

/** One action with its one-line reason beside it. */
function DataRow(props: { id: string; why: string; onClick: () => void; disabled: boolean; danger?: boolean; children: ComponentChildren }) {
  return (
    <div class="data-row">
      <button type="button" class={props.danger ? 'danger' : undefined} onClick={props.onClick} disabled={props.disabled} aria-describedby={`${props.id}-why`}>
        {props.children}
      </button>
      <span id={`${props.id}-why`} class="why">
        {props.why}
      </span>
    </div>
  );
}

/** A file picker with its one-line reason beside it; several files when `multiple`. */
export function FileRow(props: { id: string; label: string; why: string; accept: string; multiple?: boolean; busy: boolean; onChoose: (files: File[]) => void }) {
  return (
    <div class="data-row">
      <label class="button secondary">
        {props.label}
        <input
          class="visually-hidden"
          type="file"
          multiple={props.multiple}
          accept={props.accept}
          aria-describedby={`${props.id}-why`}
          disabled={props.busy}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            if (files.length > 0) props.onChoose(files);
            input.value = '';
          }}
        />
      </label>
      <span id={`${props.id}-why`} class="why">
        {props.why}
      </span>
    </div>
  );
}

/** Journey 8: export, import with a preview, and erase with an in-page confirmation. */
export function DataPanel(props: Props) {
  const { step } = props;
  return (
    <section aria-labelledby="data-heading" class="card data-panel">
      <h2 id="data-heading">{text.heading}</h2>
      <p class="muted">{text.intro}</p>
      <DataRow id="export-json" why={text.exportJsonWhy} onClick={props.onExportJson} disabled={props.busy}>
        {text.exportJson}
      </DataRow>
      <DataRow id="export-csv" why={text.exportCsvWhy} onClick={props.onExportCsv} disabled={props.busy}>
        {text.exportCsv}
      </DataRow>
      <FileRow id="import" label={text.importLabel} why={text.importWhy} accept="application/json,.json" busy={props.busy} onChoose={([file]) => file && props.onChooseFile(file)} />
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
      {props.children}
      <DataRow id="erase" why={text.eraseWhy} onClick={props.onAskErase} disabled={props.busy} danger>
        {text.erase}
      </DataRow>
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
      {props.progress && (
        <div class="data-progress" data-testid="data-progress">
          <label>
            {text.progress(props.progress)}
            <progress value={props.progress.done} max={props.progress.total} />
          </label>
        </div>
      )}
      <StatusLines status={props.status} error={props.error} name="data" />
    </section>
  );
}
