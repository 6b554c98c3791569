import type { ExportFile } from './export-file';
import { contactCheck, followUpCheck } from '../checks/record-checks';
import type { Validator } from '../checks/validate';

/**
 * The longest text one message to the worker may carry. A message is limited to 64 MiB once
 * serialised, and a character may take up to six bytes there (an escaped quote inside a JSON
 * string, a character outside ASCII): 8 million characters stay well below.
 */
export const pageCharacters = 8_000_000;

/** A record in the order and shape the import's checks give it, so export → import → export is byte for byte. */
function canonical<T>(check: Validator<T>, record: unknown): unknown {
  const checked = check(record, 'A record');
  return checked.ok ? checked.value : record;
}

/** A value as JSON.stringify(file, null, 2) writes it at a depth of `depth` (its lines indented). */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/** Entries written out at a time: one stringify and one indent for many is several times quicker than one each. */
const entriesAtOnce = 500;

/**
 * Entries as the list in the file holds them, each on lines of its own and indented two levels,
 * in pieces of many entries. A piece longer than the browser's longest text (entries of tens of
 * millions of characters) is written in halves, down to one entry a piece.
 */
function entries(items: readonly unknown[]): string[] {
  let text: string;
  try {
    // "[\n  a,\n  b\n]" → "\n    a,\n    b": brackets dropped, every line two more spaces in.
    text = JSON.stringify(items, null, 2).slice(1, -2).replace(/\n/g, '\n  ');
  } catch (error) {
    if (!(error instanceof RangeError) || items.length < 2) throw error;
    const half = Math.ceil(items.length / 2);
    const [first, second] = [entries(items.slice(0, half)), entries(items.slice(half))];
    return [...first, `,${second[0]}`, ...second.slice(1)];
  }
  return [text];
}

/**
 * Records in the order and shape the import's checks give them, written out as entries of the
 * file's list, in pieces (each but the first starting with the comma before its entry). A list
 * may be written in several such sets, in order (see list): contacts are written as they are
 * read (saveExport).
 */
export function entryPieces<T>(check: Validator<T>, records: readonly unknown[]): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < records.length; start += entriesAtOnce) {
    const [first, ...rest] = entries(records.slice(start, start + entriesAtOnce).map((record) => canonical(check, record)));
    pieces.push(start > 0 ? `,${first}` : first!, ...rest);
  }
  return pieces;
}

/** Sets of entry pieces (entryPieces'), in order, as the file's list called `name`. */
function list(name: string, sets: readonly string[][], last: boolean): string[] {
  const filled = sets.filter((set) => set.length > 0);
  if (filled.length === 0) return [`  "${name}": []${last ? '' : ','}\n`];
  const pieces = [`  "${name}": [`];
  for (const [index, set] of filled.entries()) pieces.push(index > 0 ? `,${set[0]}` : set[0]!, ...set.slice(1));
  pieces.push(`\n  ]${last ? '' : ','}\n`);
  return pieces;
}

/**
 * The export file's text in pieces: joined they are exactly JSON.stringify(file, null, 2),
 * the file the extension always wrote, but no piece is the whole store.
 */
export function exportPieces(file: ExportFile, contacts: readonly string[][] = [entryPieces(contactCheck, file.contacts)]): string[] {
  const head = `{\n  "format": ${JSON.stringify(file.format)},\n  "version": ${file.version},\n  "exportedAt": ${file.exportedAt},\n  "settings": ${nested(file.settings, 1)},\n`;
  return [
    head,
    ...list('contacts', contacts, false),
    ...list('followUps', [entryPieces(followUpCheck, file.followUps)], true),
    '}',
  ];
}
