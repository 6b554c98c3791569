/**
 * LinkedIn's own data export on the options page, loaded only once a file is chosen (the page's
 * first load stays small): read the CSV files here, preview what they change among saved
 * contacts, apply all or nothing, then offer each reply or acceptance found for logging.
 */
import { signal } from '@preact/signals';
import { LinkedInExportPreview, loggedKey, type ExportStep } from '@/components/data/LinkedInExportPreview';
import { linkedInExportText as text } from '@/components/data/linkedin-export-text';
import { askWorker } from '@/utils/messaging/ask-worker';
import { readLinkedInExport, type ExportPerson } from '@/utils/linkedin-export/read-export';
import { exportText as fileText } from '@/utils/store/transfer/export-text';
import type { ExportedContact } from '@/utils/store/transfer/linkedin-export';
import { me } from './me-state';

const step = signal<ExportStep>({ kind: 'idle' });
const busy = signal(false);
const status = signal('');
const error = signal('');
const logged = signal<Record<string, string>>({});
/** What the chosen files said, kept between the preview and the user's "Apply". */
let pending: ExportPerson[] = [];

function report(message: string, failure = '') {
  status.value = message;
  error.value = failure;
}

/** A ZIP starts with "PK\x03\x04": the whole archive was chosen, not the files in it. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

async function readFiles(files: File[]): Promise<string | undefined> {
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (isZip(bytes)) return text.problem(file.name, 'archive');
    const read = fileText(bytes);
    if (!read.ok) return text.failed(read.error);
    texts.push({ name: file.name, text: read.value });
  }
  const reading = readLinkedInExport(texts);
  if (!reading.ok) return text.problem(reading.file, reading.problem);
  pending = reading.value.people;
  const reply = await askWorker('importLinkedInExport', { people: pending, apply: false });
  if (!reply.ok) return text.failed(reply.error);
  const { connections, messages, skipped } = reading.value;
  step.value = { kind: 'previewing', files: files.map((file) => file.name), counts: { connections, messages, skipped }, summary: reply.value };
  return undefined;
}

/** Reads the chosen files and previews what they would change; a wrong file changes nothing and says why. */
export async function chooseExportFiles(files: File[]): Promise<void> {
  step.value = { kind: 'idle' };
  logged.value = {};
  pending = [];
  busy.value = true;
  report(text.reading);
  const problem = await readFiles(files).finally(() => (busy.value = false));
  report('', problem ?? '');
}

async function apply() {
  busy.value = true;
  const reply = await askWorker('importLinkedInExport', { people: pending, apply: true });
  busy.value = false;
  pending = [];
  if (!reply.ok) {
    step.value = { kind: 'idle' };
    return report('', text.failed(reply.error));
  }
  step.value = { kind: 'applied', summary: reply.value };
  report(text.applied(reply.value.changes.length));
}

function cancel() {
  pending = [];
  step.value = { kind: 'idle' };
  report(text.cancelled);
}

/** The user's click on an offer: logged as what happened, when it happened. */
async function log(change: ExportedContact, kind: 'replied' | 'accepted', at: number, said: string) {
  busy.value = true;
  const reply = await askWorker('logInteraction', { url: change.url, kind, at });
  busy.value = false;
  if (!reply.ok) return report('', reply.error);
  logged.value = { ...logged.value, [loggedKey(kind, change.url)]: said };
}

export function LinkedInExportView() {
  return (
    <LinkedInExportPreview
      step={step.value}
      busy={busy.value}
      status={status.value}
      error={error.value}
      timeZone={me.value.timeZone}
      logged={logged.value}
      onApply={() => void apply()}
      onCancel={cancel}
      onLogReply={(change) => void log(change, 'replied', change.replyAt!, text.loggedReply(change.name))}
      onLogAccepted={(change) => void log(change, 'accepted', change.acceptedAt!, text.loggedAccepted(change.name))}
    />
  );
}
