import { profileUrl } from '@/utils/linkedin/profile-url';
import Papa from 'papaparse';

/*
 * LinkedIn's "Get a copy of your data" (Settings → Data privacy; LinkedIn Help a566336) gives
 * a ZIP of CSV files. What they look like, as public code that reads them shows (e.g. the
 * LinkedInGender tutorial's README, thephm/linkedin_md docs/linkedin_export.md, and many
 * parsers' test fixtures found through the code search):
 *
 * Connections.csv starts with lines that are not the table: "Notes:", a quoted paragraph
 * ("When exporting your connection data, you may notice that some of the email addresses are
 * missing. …"), a blank line; then the header
 *   First Name,Last Name,URL,Email Address,Company,Position,Connected On
 * with dates like "02 Dec 2026" and a URL that may be empty (a member who left or hides it).
 *
 * messages.csv has the header
 *   CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
 * (newer archives add IS MESSAGE DRAFT, IS CONVERSATION DRAFT, ATTACHMENTS), dates like
 * "2023-06-11 15:33:58 UTC", CONTENT quoted when it holds commas, quotes or line breaks, and
 * RECIPIENT PROFILE URLS a list (separated by ";", "," or spaces).
 *
 * So the header is looked for wherever it is, and columns are found by name, not position.
 */

/** Who wrote last in the one-to-one conversations with a person, and when (epoch ms). */
export interface ConversationFacts {
  /** Messages in those conversations, both ways. */
  count: number;
  lastFrom: 'them' | 'me';
  lastAt: number;
  /** Their latest message, if they wrote at all. */
  theirLastAt?: number;
}

/** One person as the export knows them, by canonical profile address. */
export interface ExportPerson {
  url: string;
  /** When the address is a member-id one (/in/ACoAA…/): the id, to find a contact saved by it. */
  memberId?: string;
  /** The day you connected, at 12:00 UTC: the same calendar day in every time zone from UTC−11 to UTC+11. */
  connectedAt?: number;
  messages?: ConversationFacts;
}

/** Why a row was left out. */
export type SkipReason = 'noAddress' | 'notProfile' | 'badDate' | 'draft' | 'group';

export interface ExportReading {
  people: ExportPerson[];
  /** Rows read from each kind of file. */
  connections: number;
  messages: number;
  skipped: Partial<Record<SkipReason, number>>;
}

/** What is wrong with a chosen file: nothing in it, not one of the two, or the whole ZIP. */
export type ExportProblem = 'empty' | 'notExport' | 'archive';

export type ExportRead = { ok: true; value: ExportReading } | { ok: false; file: string; problem: ExportProblem };

const connectionColumns = ['FIRST NAME', 'LAST NAME', 'URL', 'CONNECTED ON'] as const;
const messageColumns = ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'RECIPIENT PROFILE URLS', 'DATE'] as const;
/** The junk before the header is a few lines; a table whose header is further down is not the export. */
const headerWithin = 20;

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function validDay(year: number, month: number, day: number, hour = 12, minute = 0, second = 0): number | undefined {
  const at = Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(at);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 ? at : undefined;
}

/** "02 Dec 2026" (or "2026-12-02") → that day at 12:00 UTC. */
export function connectedOn(text: string): number | undefined {
  const words = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -](\d{4})$/.exec(text.trim());
  if (words) {
    const month = months.indexOf(words[2]!.toLowerCase());
    return month < 0 ? undefined : validDay(Number(words[3]), month, Number(words[1]));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return iso ? validDay(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : undefined;
}

/** "2026-11-30 14:05:11 UTC" (or ISO "2026-11-30T14:05:11Z") → epoch ms. */
export function messageDate(text: string): number | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z)?$/i.exec(text.trim());
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second] = parts.map(Number) as number[];
  return validDay(year!, month! - 1, day!, hour, minute, second ?? 0);
}

const normal = (cell: string) => cell.replace(/^\uFEFF/, '').trim().toUpperCase();

/** The header's place and its columns by name, when the record has them all. */
function headerOf(records: string[][], wanted: readonly string[]): { at: number; column: Map<string, number> } | undefined {
  for (let at = 0; at < Math.min(records.length, headerWithin); at++) {
    const cells = records[at]!.map(normal);
    if (wanted.every((name) => cells.includes(name))) return { at, column: new Map(cells.map((cell, index) => [cell, index])) };
  }
  return undefined;
}

type Tally = Partial<Record<SkipReason, number>>;
const skip = (tally: Tally, reason: SkipReason, rows = 1) => (tally[reason] = (tally[reason] ?? 0) + rows);

type Address = { ok: true; url: string; memberId?: string } | { ok: false; reason: SkipReason };

function addressOf(raw: string): Address {
  if (!raw.trim()) return { ok: false, reason: 'noAddress' };
  const id = profileUrl(raw);
  if (!id.ok) return { ok: false, reason: 'notProfile' };
  return { ok: true, url: id.url, ...(/^ACoAA/.test(id.slug) && { memberId: id.slug }) };
}

class People {
  readonly byUrl = new Map<string, ExportPerson>();
  get(url: string, memberId: string | undefined): ExportPerson {
    let person = this.byUrl.get(url);
    if (!person) this.byUrl.set(url, (person = { url, ...(memberId && { memberId }) }));
    return person;
  }
}

function readConnections(records: string[][], header: { at: number; column: Map<string, number> }, people: People, skipped: Tally): number {
  const url = header.column.get('URL')!;
  const date = header.column.get('CONNECTED ON')!;
  let rows = 0;
  for (const record of records.slice(header.at + 1)) {
    if (record.every((cell) => !cell.trim())) continue;
    rows++;
    const address = addressOf(record[url] ?? '');
    if (!address.ok) {
      skip(skipped, address.reason);
      continue;
    }
    const at = connectedOn(record[date] ?? '');
    if (at === undefined) {
      skip(skipped, 'badDate');
      continue;
    }
    const person = people.get(address.url, address.memberId);
    // Connected twice (after a removal): the first time is when they accepted.
    person.connectedAt = Math.min(person.connectedAt ?? at, at);
  }
  return rows;
}

interface Conversation {
  participants: Map<string, string | undefined>;
  messages: { from: string; at: number }[];
  rows: number;
}

function readMessages(records: string[][], header: { at: number; column: Map<string, number> }, conversations: Map<string, Conversation>, skipped: Tally): number {
  const column = (name: string) => header.column.get(name);
  const [id, sender, recipients, date, draft] = ['CONVERSATION ID', 'SENDER PROFILE URL', 'RECIPIENT PROFILE URLS', 'DATE', 'IS MESSAGE DRAFT'].map(column);
  let rows = 0;
  for (const record of records.slice(header.at + 1)) {
    if (record.every((cell) => !cell.trim())) continue;
    rows++;
    // A draft was never sent: it says nothing about who wrote last.
    if (draft !== undefined && /^(yes|true)$/i.test(record[draft]?.trim() ?? '')) {
      skip(skipped, 'draft');
      continue;
    }
    const from = addressOf(record[sender!] ?? '');
    if (!from.ok) {
      skip(skipped, from.reason);
      continue;
    }
    const at = messageDate(record[date!] ?? '');
    if (at === undefined) {
      skip(skipped, 'badDate');
      continue;
    }
    const key = record[id!] ?? '';
    let conversation = conversations.get(key);
    if (!conversation) conversations.set(key, (conversation = { participants: new Map(), messages: [], rows: 0 }));
    conversation.participants.set(from.url, from.memberId);
    for (const raw of (record[recipients!] ?? '').split(/[\s,;]+/)) {
      const to = raw ? addressOf(raw) : undefined;
      if (to?.ok) conversation.participants.set(to.url, to.memberId);
    }
    conversation.messages.push({ from: from.url, at });
    conversation.rows++;
  }
  return rows;
}

/**
 * The one-to-one conversations as facts about each of their two people (from that person's
 * side: "them" is the person). The account holder is in every one of them: when one address
 * is in more conversations than any other (or as many, but is not among the connections), it
 * is theirs and left out.
 */
function addConversations(conversations: Map<string, Conversation>, people: People, skipped: Tally): void {
  const pairs: Conversation[] = [];
  for (const conversation of conversations.values()) {
    if (conversation.participants.size === 2) pairs.push(conversation);
    else skip(skipped, conversation.participants.size > 2 ? 'group' : 'noAddress', conversation.rows);
  }
  const seenIn = new Map<string, number>();
  for (const pair of pairs) for (const url of pair.participants.keys()) seenIn.set(url, (seenIn.get(url) ?? 0) + 1);
  // Ties go to the one who is not in their own Connections.csv.
  const connected = (url: string) => (people.byUrl.get(url)?.connectedAt !== undefined ? 1 : 0);
  const [first, second] = [...seenIn].sort((a, b) => b[1] - a[1] || connected(a[0]) - connected(b[0]));
  const holder = first && (!second || first[1] > second[1] || connected(first[0]) < connected(second[0])) ? first[0] : undefined;
  for (const pair of pairs) {
    for (const [url, memberId] of pair.participants) {
      if (url === holder) continue;
      const person = people.get(url, memberId);
      for (const message of pair.messages) {
        const facts: ConversationFacts = person.messages ?? { count: 0, lastFrom: 'me', lastAt: 0 };
        facts.count++;
        const theirs = message.from === url;
        if (message.at >= facts.lastAt) {
          facts.lastAt = message.at;
          facts.lastFrom = theirs ? 'them' : 'me';
        }
        if (theirs && message.at > (facts.theirLastAt ?? -1)) facts.theirLastAt = message.at;
        person.messages = facts;
      }
    }
  }
}

/**
 * Reads the files chosen from LinkedIn's export (Connections.csv, messages.csv, in any order,
 * told apart by their header, not their name) into what it says about each person. A file
 * that is empty, not one of the two, or the ZIP itself is named with its problem, and nothing
 * is read from the others.
 */
export function readLinkedInExport(files: readonly { name: string; text: string }[]): ExportRead {
  const people = new People();
  const conversations = new Map<string, Conversation>();
  const skipped: Tally = {};
  let connections = 0;
  let messages = 0;
  for (const file of files) {
    if (file.text.startsWith('PK\u0003\u0004')) return { ok: false, file: file.name, problem: 'archive' };
    if (!file.text.replace(/^\uFEFF/, '').trim()) return { ok: false, file: file.name, problem: 'empty' };
    // papaparse, not a reader of our own: quoted line breaks, "" and stray quotes in message texts are its solved problem.
    const records = Papa.parse<string[]>(file.text, { delimiter: ',' }).data;
    const connectionHeader = headerOf(records, connectionColumns);
    const messageHeader = connectionHeader ? undefined : headerOf(records, messageColumns);
    if (connectionHeader) connections += readConnections(records, connectionHeader, people, skipped);
    else if (messageHeader) messages += readMessages(records, messageHeader, conversations, skipped);
    else return { ok: false, file: file.name, problem: 'notExport' };
  }
  addConversations(conversations, people, skipped);
  return { ok: true, value: { people: [...people.byUrl.values()], connections, messages, skipped } };
}
