import { fail, succeed, type Outcome } from './outcome';
import { storeText } from './store-text';

const startsWith = (bytes: Uint8Array, ...lead: number[]) => lead.every((byte, index) => bytes[index] === byte);

/**
 * The text of a file chosen for import: UTF-8 with or without a byte-order mark, or UTF-16
 * (a backup re-saved by an editor on Windows), told apart by the mark or, without one, by the
 * zero bytes UTF-16 puts beside the file's opening "{". Anything else is refused as such,
 * rather than read as something else.
 */
export function exportText(bytes: Uint8Array): Outcome<string> {
  let encoding = 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe) || (bytes[0] !== 0 && bytes[1] === 0)) encoding = 'utf-16le';
  else if (startsWith(bytes, 0xfe, 0xff) || (bytes[0] === 0 && bytes[1] !== 0)) encoding = 'utf-16be';
  try {
    // The decoder drops the byte-order mark itself; `fatal` refuses bytes that are not this encoding.
    return succeed(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch {
    return fail(storeText.notText);
  }
}
