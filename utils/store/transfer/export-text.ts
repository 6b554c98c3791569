import { fail, succeed, type Outcome } from '../schema/outcome';
import { storeText } from '../schema/store-text';

/** The longest text V8 (Chromium's JavaScript engine) can hold: 2^29 − 24 characters. */
export const longestText = 2 ** 29 - 24;

const megabytes = (bytes: Uint8Array) => Math.ceil(bytes.length / 1_000_000);

const startsWith = (bytes: Uint8Array, ...lead: number[]) => lead.every((byte, index) => bytes[index] === byte);

/**
 * The text of a file chosen for import: UTF-8 with or without a byte-order mark, or UTF-16
 * (a backup re-saved by an editor on Windows), told apart by the mark or, without one, by the
 * zero bytes UTF-16 puts beside the file's opening "{". Anything else is refused as such,
 * rather than read as something else. A file longer than the browser can hold as one text is
 * refused for that reason, the true one.
 */
export function exportText(bytes: Uint8Array): Outcome<string> {
  let encoding = 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe) || (bytes[0] !== 0 && bytes[1] === 0)) encoding = 'utf-16le';
  else if (startsWith(bytes, 0xfe, 0xff) || (bytes[0] === 0 && bytes[1] !== 0)) encoding = 'utf-16be';
  // Even at the most bytes a character can take (3 in UTF-8 for each of its UTF-16 units, 2 in UTF-16).
  if (bytes.length / (encoding === 'utf-8' ? 3 : 2) > longestText) return fail(storeText.tooLarge(megabytes(bytes)));
  try {
    // The decoder drops the byte-order mark itself; `fatal` refuses bytes that are not this encoding.
    return succeed(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch (error) {
    // Characters of several bytes each may still make a text too long: the engine says so.
    return fail(error instanceof RangeError ? storeText.tooLarge(megabytes(bytes)) : storeText.notText);
  }
}
