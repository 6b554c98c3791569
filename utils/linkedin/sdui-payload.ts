import { cleanText } from './clean-text';

export interface EmbeddedIdentity {
  memberId?: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  location?: string;
}

const chunk = /self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)/g;
const vanity = /"(?:vanityName|publicIdentifier)":"((?:[^"\\]|\\.)*)"/g;

function field(text: string, name: string): string | undefined {
  const found = new RegExp(`"${name}":"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
  if (!found) return undefined;
  try {
    return cleanText(JSON.parse(`"${found[1]}"`) as string);
  } catch {
    return undefined;
  }
}

/**
 * The identity LinkedIn embeds in the server-driven page's React payload
 * (`self.__next_f.push([1,"…"])`), taken only from the record whose vanity name is `slug`.
 * After in-app navigation the previous profile's chunks stay in the document, earlier in
 * order than the current one's (mrbuslov rsc-parser notes, 2026), so matching by name is
 * the only safe way to use them.
 */
export function sduiPayload(doc: Document, slug: string): EmbeddedIdentity | undefined {
  let text = '';
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const source = script.textContent ?? '';
    if (!source.includes('__next_f')) continue;
    for (const match of source.matchAll(chunk)) {
      try {
        text += JSON.parse(match[1]!) as string;
      } catch {
        // A chunk cut mid-escape: skip it, the others still count.
      }
    }
  }
  if (!text) return undefined;
  const marks = [...text.matchAll(vanity)];
  for (const [i, mark] of marks.entries()) {
    let name: string;
    try {
      name = (JSON.parse(`"${mark[1]}"`) as string).normalize('NFC').toLowerCase();
    } catch {
      continue;
    }
    if (name !== slug.toLowerCase()) continue;
    // The record around this mark, stopping at the neighbouring records' marks.
    const start = Math.max(marks[i - 1] ? marks[i - 1]!.index! + marks[i - 1]![0].length : 0, mark.index! - 1500);
    const end = Math.min(marks[i + 1]?.index ?? text.length, mark.index! + 1500);
    const record = text.slice(start, end);
    return {
      memberId: /urn:li:fsd_profile:(ACoAA[\w-]+)/.exec(record)?.[1],
      firstName: field(record, 'firstName'),
      lastName: field(record, 'lastName'),
      headline: field(record, 'headline'),
    };
  }
  return undefined;
}
