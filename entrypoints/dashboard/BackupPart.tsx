/** The backup reminder: shown after the first screen (it asks the worker how many contacts there are), so its code loads then. */
import { BackupReminder } from '@/components/data/BackupReminder';
import * as backup from './backup-reminder';

export { loadBackupReminder } from './backup-reminder';

export function BackupPart({ timeZone }: { timeZone: string }) {
  return (
    <BackupReminder
      lastExportAt={backup.lastExport.value}
      timeZone={timeZone}
      due={backup.due.value}
      busy={backup.busy.value}
      progress={backup.progress.value}
      status={backup.status.value}
      error={backup.error.value}
      onBackUp={backup.backUpNow}
    />
  );
}
