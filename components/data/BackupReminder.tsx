import { dataText as text, type DataProgress } from './data-text';

interface Props {
  /** When the last export was saved (epoch ms); undefined: never from this browser. */
  lastExportAt: number | undefined;
  timeZone: string;
  /** A month without a copy: the one-click backup is offered. */
  due: boolean;
  busy: boolean;
  progress?: DataProgress | undefined;
  status: string;
  error: string;
  onBackUp: () => void;
}

/** The dashboard's word on backups: when the last export was made, and a one-click backup after a month without one. */
export function BackupReminder(props: Props) {
  return (
    <section class={props.due ? 'backup-reminder card' : 'backup-reminder'} aria-label={text.backUpNow} data-testid="backup-reminder">
      <p class="muted" data-testid="last-export">
        {text.lastExport(props.lastExportAt, props.timeZone)}
      </p>
      {props.due && (
        <div class="data-row">
          <p>{text.backupDue}</p>
          <button type="button" onClick={props.onBackUp} disabled={props.busy} aria-describedby="back-up-why">
            {text.backUpNow}
          </button>
          <span id="back-up-why" class="why">
            {text.backUpWhy}
          </span>
        </div>
      )}
      {props.progress && (
        <label class="data-progress" data-testid="data-progress">
          {text.progress(props.progress)}
          <progress value={props.progress.done} max={props.progress.total} />
        </label>
      )}
      <p role="status" class="status" data-testid="backup-status">
        {props.status}
      </p>
      {props.error && (
        <p role="alert" class="error">
          {props.error}
        </p>
      )}
    </section>
  );
}
