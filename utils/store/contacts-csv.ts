import Papa from 'papaparse';
import type { ExportFile } from './export-file';
import { nextOpenFollowUp } from './records';

// Column headings as a spreadsheet shows them, in one place.
const columns = [
  'Name', 'Profile', 'Headline', 'Role', 'Company', 'Location', 'Stage', 'Next follow-up', 'Next follow-up due',
  'Last interaction', 'Last interaction date', 'Meeting', 'Notes', 'Takeaways', 'Advice received', 'What I tried',
  'Told them', 'Hook', 'Message sent', 'Saved', 'Updated',
];

const date = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());

/**
 * One row per contact, for spreadsheets. Runs in pages (papaparse stays out of the worker).
 * Cells that a spreadsheet would run as a formula (=, +, -, @) are escaped.
 */
export function contactsToCsv(file: ExportFile): string {
  const followUpsOf = new Map<string, ExportFile['followUps'][number][]>();
  for (const followUp of file.followUps) {
    const theirs = followUpsOf.get(followUp.contactUrl);
    if (theirs) theirs.push(followUp);
    else followUpsOf.set(followUp.contactUrl, [followUp]);
  }
  const rows = file.contacts.map((contact) => {
    const next = nextOpenFollowUp(followUpsOf.get(contact.url) ?? []);
    const last = contact.history.at(-1);
    const { profile } = contact;
    return [
      profile.name ?? '', contact.url, profile.headline ?? '', profile.current?.title ?? '', profile.current?.company ?? '',
      profile.location ?? '', contact.stage, next?.kind ?? '', date(next?.dueAt), last?.kind ?? '', date(last?.at),
      date(contact.meetingAt), contact.notes, contact.takeaways, contact.adviceReceived, contact.whatITried,
      contact.toldThem, contact.hook?.text ?? '', contact.message?.body ?? '', date(contact.createdAt), date(contact.updatedAt),
    ];
  });
  return Papa.unparse({ fields: columns, data: rows }, { escapeFormulae: true, newline: '\r\n' });
}
