import { describe, expect, it } from 'vitest';
import { exportText } from '@/utils/store/transfer/export-text';
import { storeText } from '@/utils/store/schema/store-text';

// An import reads UTF-8 with or without a byte-order mark and UTF-16 backups, or refuses with
// the true reason (issue #19: a backup re-saved as UTF-16 was read as something else).
const json = '{"format":"mentor-outreach","contacts":[{"name":"Tomasz Wójcik 王"}]}';
const utf16 = (text: string, littleEndian: boolean, mark: boolean) => {
  const units = [...(mark ? [0xfeff] : []), ...[...text].flatMap((char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
  })];
  const view = new DataView(new ArrayBuffer(units.length * 2));
  units.forEach((unit, index) => view.setUint16(index * 2, unit, littleEndian));
  return new Uint8Array(view.buffer);
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the text of a file chosen for import', () => {
  it.each([
    ['UTF-8', utf8(json)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)])],
    ['UTF-16 little-endian with a mark', utf16(json, true, true)],
    ['UTF-16 big-endian with a mark', utf16(json, false, true)],
    ['UTF-16 little-endian without a mark', utf16(json, true, false)],
    ['UTF-16 big-endian without a mark', utf16(json, false, false)],
  ])('reads %s as the same text', (_name, bytes) => {
    expect(exportText(bytes)).toEqual({ ok: true, value: json });
  });

  it('refuses bytes that are no text it reads, and says so', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x7d]); // {"né"} in Latin-1
    expect(exportText(latin1)).toEqual({ ok: false, error: storeText.notText });
  });
});
