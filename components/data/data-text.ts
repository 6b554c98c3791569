import type { ImportSummary } from '@/utils/store/transfer/import-data';
import { formatNumber, t, tCount, uiLocale } from '@/utils/ui-text';

/** How far a long import or export has got: contacts done of all. */
export interface DataProgress {
  action: 'checking' | 'importing' | 'exporting';
  done: number;
  total: number;
}

/** Every sentence of "Your data", in one place; the words are in locales/*.yml. */
export const dataText = {
  heading: t('data.heading'),
  intro: t('data.intro'),
  exportJson: t('data.exportJson'),
  exportJsonWhy: t('data.exportJsonWhy'),
  exportCsv: t('data.exportCsv'),
  exportCsvWhy: t('data.exportCsvWhy'),
  exported: (name: string, contacts: number) => t('data.exportedCount', name, tCount('data.contacts', contacts)),
  importLabel: t('data.importLabel'),
  importWhy: t('data.importWhy'),
  linkedInLabel: t('data.linkedIn.label'),
  linkedInWhy: t('data.linkedIn.why'),
  reading: t('data.reading'),
  preview: (summary: ImportSummary) =>
    [
      tCount('data.preview.contacts', summary.contacts),
      summary.newContacts > 0 ? tCount('data.preview.newContacts', summary.newContacts) : '',
      summary.mergedContacts > 0 ? tCount('data.preview.mergedContacts', summary.mergedContacts) : '',
      summary.followUpsAdded > 0 ? tCount('data.preview.followUpsAdded', summary.followUpsAdded) : t('data.preview.noFollowUps'),
      summary.settingsTaken ? t('data.preview.settingsTaken') : t('data.preview.settingsKept'),
    ]
      .filter(Boolean)
      .join(' '),
  applyImport: t('data.applyImport'),
  cancelImport: t('data.cancelImport'),
  imported: (summary: ImportSummary) =>
    t('data.imported', tCount('data.newContacts', summary.newContacts), tCount('data.combinedContacts', summary.mergedContacts)),
  importFailed: (reason: string) => t('data.importFailed', reason),
  progress: ({ action, done, total }: DataProgress) =>
    t(({ checking: 'data.checking', importing: 'data.importing', exporting: 'data.exporting' } as const)[action], formatNumber(done), tCount('data.contacts', total)),
  cancelled: t('data.cancelled'),
  erase: t('data.erase'),
  eraseWhy: t('data.eraseWhy'),
  eraseAsk: t('data.eraseAsk'),
  eraseYes: t('data.eraseYes'),
  eraseNo: t('data.eraseNo'),
  lastExport: (at: number | undefined, timeZone: string) =>
    at === undefined ? t('data.noExportYet') : t('data.lastExport', new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone }).format(at)),
  backupDue: t('data.backupDue'),
  backUpNow: t('data.backUpNow'),
  backUpWhy: t('data.backUpWhy'),
  erased: (counts: { contacts: number; followUps: number }) =>
    t('data.erased', tCount('data.contacts', counts.contacts), tCount('data.followUps', counts.followUps)),
} as const;
