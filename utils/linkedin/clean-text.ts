// Characters that change how text is shown without being text: bidi overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) can make a name display as something else, and zero-width
// spaces / BOMs hide inside words. Zero-width joiners stay: emoji sequences need them.
// Soft hyphens, invisible operators and the object-replacement character (U+FFFC, where the
// 2023 public page's titles held an image) are not text either (issue 27).
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffc]/g;
// Private-use characters are a font's own glyphs, not text: Word's U+F0D8 bullet, pasted into a
// role description, shows as an empty box elsewhere (issue 27). Each stands where a bullet or icon
// stood, between words, so it becomes a space.
const privateUse = /\p{Co}/gu;

/**
 * Plain text as a reader sees it: Unicode-normalized (NFC), control and direction-override
 * characters removed, private-use glyphs read as spaces, whitespace (including non-breaking
 * spaces) collapsed to single spaces.
 * Returns undefined for text that is empty once cleaned, so "nothing" reads as missing.
 */
export function cleanText(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.normalize('NFC').replace(invisible, '').replace(privateUse, ' ').replace(/\s+/g, ' ').trim();
  // Joiners alone (a name of only zero-width characters) show nothing: that is no text either.
  return /[^\s\p{Cf}]/u.test(text) ? text : undefined;
}
