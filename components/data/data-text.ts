import type { ImportSummary } from '@/utils/store/import-data';
import { formatNumber, t, tCount } from '@/utils/ui-text';

/** Every sentence of "Your data", in one place; the words are in locales/*.yml. */
export const dataText = {
  heading: t('data.heading'),
  intro: t('data.intro'),
  exportJson: t('data.exportJson'),
  exportJsonWhy: t('data.exportJsonWhy'),
  exportCsv: t('data.exportCsv'),
  exportCsvWhy: t('data.exportCsvWhy'),
  exported: (name: string) => t('data.exported', name),
  importLabel: t('data.importLabel'),
  importWhy: t('data.importWhy'),
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
  importStopped: (done: number, total: number, reason: string) =>
    t('data.importStopped', formatNumber(done), tCount('data.contacts', total), reason),
  progress: (applying: boolean, done: number, total: number) =>
    t(applying ? 'data.importing' : 'data.checking', formatNumber(done), tCount('data.contacts', total)),
  cancelled: t('data.cancelled'),
  erase: t('data.erase'),
  eraseWhy: t('data.eraseWhy'),
  eraseAsk: t('data.eraseAsk'),
  eraseYes: t('data.eraseYes'),
  eraseNo: t('data.eraseNo'),
  erased: (counts: { contacts: number; followUps: number }) =>
    t('data.erased', tCount('data.contacts', counts.contacts), tCount('data.followUps', counts.followUps)),
} as const;
