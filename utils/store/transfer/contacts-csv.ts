import type { ExportFile } from './export-file';
import { nextOpenFollowUp } from '../schema/records';

// Column headings as a spreadsheet shows them, in one place.
const columns = [
  'Name', 'Profile', 'Headline', 'Role', 'Company', 'Location', 'Stage', 'Next follow-up', 'Next follow-up due',
  'Last interaction', 'Last interaction date', 'Meeting', 'Notes', 'Takeaways', 'Advice received', 'What I tried',
  'Told them', 'Hook', 'Message sent', 'Saved', 'Updated',
];

const date = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());

/**
 * A cell a spreadsheet cannot run: wherever a formula could start (the cell's start, and the
 * start of each line inside it, which some programs split into rows of their own), a leading
 * =, +, -, @, tab or carriage return gets an apostrophe before it, which spreadsheets read as
 * "this is text" (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(cell: string): string {
  return cell.replace(/(^|\r\n|\n|\r)(?=[=+\-@\t\r])/g, "$1'");
}

/** A CSV file (RFC 4180): every cell quoted where it must be, CRLF between rows, formulas escaped. */
export function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = spreadsheetSafe(value);
    return /[",\t\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

/** One row per contact, for spreadsheets, with the headings as the first row. */
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
  return csvText([columns, ...rows]);
}
