import type { ImportSummary } from '@/utils/store/import-data';

/** How far a long import or export has got: contacts done of all. */
export interface DataProgress {
  action: 'checking' | 'importing' | 'exporting';
  done: number;
  total: number;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** Every sentence of "Your data", in one place. */
export const dataText = {
  heading: 'Your data',
  intro: 'Everything stays in this browser. Keep a copy, move it to another browser, or erase it.',
  exportJson: 'Export JSON',
  exportJsonWhy: 'Everything, in a file you can import again.',
  exportCsv: 'Export CSV',
  exportCsvWhy: 'One row per contact, for a spreadsheet.',
  exported: (name: string, contacts: number) => `Saved ${name} to your downloads, with ${plural(contacts, 'contact', 'contacts')}. The export is done.`,
  importLabel: 'Import…',
  importWhy: 'Choose a JSON file exported from Mentor Outreach. You will see what changes before anything does.',
  reading: 'Reading the file…',
  preview: (summary: ImportSummary) =>
    [
      `This file has ${plural(summary.contacts, 'contact', 'contacts')}.`,
      summary.newContacts > 0 ? `${plural(summary.newContacts, 'contact is', 'contacts are')} new and will be added.` : '',
      summary.mergedContacts > 0
        ? `${plural(summary.mergedContacts, 'contact is', 'contacts are')} already saved: the more recently updated version of each is kept, and their histories are combined.`
        : '',
      summary.followUpsAdded > 0 ? `${plural(summary.followUpsAdded, 'follow-up', 'follow-ups')} will be added.` : 'No follow-ups will be added.',
      summary.settingsTaken ? 'Your “Me” is empty, so the file’s will be used.' : 'Your own “Me” stays as it is.',
    ]
      .filter(Boolean)
      .join(' '),
  applyImport: 'Import',
  cancelImport: 'Cancel',
  imported: (summary: ImportSummary) =>
    `Imported: ${plural(summary.newContacts, 'new contact', 'new contacts')}, ${plural(summary.mergedContacts, 'combined contact', 'combined contacts')}.`,
  importFailed: (reason: string) => `Nothing was imported. ${reason}`,
  importStopped: (done: number, total: number, reason: string) =>
    `The import stopped after ${done.toLocaleString()} of ${plural(total, 'contact', 'contacts')}. ${reason} Import the same file again to add the rest: contacts already in are combined, not doubled.`,
  progress: ({ action, done, total }: DataProgress) =>
    `${{ checking: 'Checking', importing: 'Importing', exporting: 'Exported' }[action]}${action === 'exporting' ? '' : ':'} ${done.toLocaleString()} of ${plural(total, 'contact', 'contacts')}… You can leave this page open and carry on elsewhere.`,
  cancelled: 'Import cancelled. Nothing changed.',
  lastExport: (at: number | undefined, timeZone: string) =>
    at === undefined
      ? 'No copy of your data exported from this browser yet.'
      : `Last export: ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone }).format(at)}.`,
  backupDue: 'Your contacts live only in this browser, and there is no copy from the last month. A backup takes one click.',
  backUpNow: 'Back up now',
  backUpWhy: 'Saves everything as a JSON file in your downloads, to import again if this browser loses it.',
  erase: 'Erase everything',
  eraseWhy: 'Deletes every contact, follow-up and your “Me” from this browser.',
  eraseAsk: 'Erase every contact, follow-up and your “Me”? This cannot be undone. Export first if you may want them back.',
  eraseYes: 'Yes, erase everything',
  eraseNo: 'Keep my data',
  erased: (counts: { contacts: number; followUps: number }) =>
    `Erased ${plural(counts.contacts, 'contact', 'contacts')} and ${plural(counts.followUps, 'follow-up', 'follow-ups')}.`,
} as const;
