import type { ExportFile } from './export-file';
import { contactCheck, followUpCheck } from './record-checks';
import type { Validator } from './validate';

/**
 * The export file in pages the worker can send one message at a time. A message is limited
 * to 64 MiB once serialised, and a character may take up to six bytes there (an escaped
 * quote inside a JSON string, a character outside ASCII): 8 million characters stay well
 * below, so a store of any size the worker accepts goes out, however large one contact is.
 */
export const pageCharacters = 8_000_000;
/** At most this many contacts a page, so the page's progress bar moves on a long export. */
export const pageContacts = 2_000;

export interface ExportPage {
  text: string;
  /** Contacts in the file up to the end of this page. */
  contacts: number;
}

/** A record in the order and shape the import's checks give it, so export → import → export is byte for byte. */
function canonical<T>(check: Validator<T>, record: unknown): unknown {
  const checked = check(record, 'A record');
  return checked.ok ? checked.value : record;
}

/** A value as JSON.stringify(file, null, 2) writes it at a depth of `depth` (its lines indented). */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

function list(name: string, items: readonly unknown[], last: boolean): string[] {
  if (items.length === 0) return [`  "${name}": []${last ? '' : ','}\n`];
  return [
    `  "${name}": [\n`,
    ...items.map((item, index) => `    ${nested(item, 2)}${index < items.length - 1 ? ',' : ''}\n`),
    `  ]${last ? '' : ','}\n`,
  ];
}

/**
 * The export file's text in pieces: joined they are exactly JSON.stringify(file, null, 2),
 * the file the extension always wrote, but no piece is the whole store. Each piece says how
 * many contacts it holds, for progress.
 */
export function exportPieces(file: ExportFile): { text: string; contacts: number }[] {
  const head = `{\n  "format": ${JSON.stringify(file.format)},\n  "version": ${file.version},\n  "exportedAt": ${file.exportedAt},\n  "settings": ${nested(file.settings, 1)},\n`;
  const contacts = list('contacts', file.contacts.map((contact) => canonical(contactCheck, contact)), false);
  const followUps = list('followUps', file.followUps.map((followUp) => canonical(followUpCheck, followUp)), true);
  const isContact = (index: number) => file.contacts.length > 0 && index > 0 && index < contacts.length - 1;
  return [
    { text: head, contacts: 0 },
    ...contacts.map((text, index) => ({ text, contacts: isContact(index) ? 1 : 0 })),
    ...followUps.map((text) => ({ text, contacts: 0 })),
    { text: '}', contacts: 0 },
  ];
}

/** Cuts text into pieces of at most `size` characters, never between the halves of a surrogate pair. */
export function textParts(text: string, size = pageCharacters): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length || parts.length === 0; ) {
    let end = Math.min(start + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** The pieces gathered into pages of at most `characters` characters and `contacts` contacts. */
export function exportPages(pieces: readonly { text: string; contacts: number }[], characters = pageCharacters, contacts = pageContacts): ExportPage[] {
  const pages: ExportPage[] = [];
  let parts: string[] = [];
  let size = 0;
  let inPage = 0;
  let done = 0;
  const close = () => {
    if (parts.length) pages.push({ text: parts.join(''), contacts: done });
    parts = [];
    size = 0;
    inPage = 0;
  };
  for (const piece of pieces) {
    if (size + piece.text.length > characters || inPage + piece.contacts > contacts) close();
    if (piece.text.length > characters) {
      // One contact larger than a page goes in pages of its own, its count on the last.
      const cut = textParts(piece.text, characters);
      cut.forEach((text, index) => pages.push({ text, contacts: done + (index === cut.length - 1 ? piece.contacts : 0) }));
      done += piece.contacts;
      continue;
    }
    parts.push(piece.text);
    size += piece.text.length;
    inPage += piece.contacts;
    done += piece.contacts;
  }
  close();
  return pages;
}

/**
 * What the worker keeps between one page's messages, by id: exports it cut into pages and
 * files sent in parts. Only the newest few are kept: a page that went away never comes back
 * for the rest, and the worker must not hold its text for ever.
 */
export class Kept<T> {
  private readonly kept = new Map<number, T>();
  private next = 1;

  constructor(private readonly most = 2) {}

  add(value: T): number {
    const id = this.next++;
    this.kept.set(id, value);
    for (const old of this.kept.keys()) if (this.kept.size > this.most) this.kept.delete(old);
    return id;
  }

  get(id: number): T | undefined {
    return this.kept.get(id);
  }

  delete(id: number): void {
    this.kept.delete(id);
  }
}
