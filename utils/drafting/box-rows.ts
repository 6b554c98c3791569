/**
 * How many rows a text box needs to show its text whole, within [min, max]: a 700-character
 * InMail is not squeezed into 7 lines, and a short note does not push the buttons away.
 * `charsPerRow` is what fits on one row at the box's width.
 */
export function boxRows(text: string, charsPerRow: number, min: number, max: number): number {
  const rows = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerRow)), 0);
  return Math.min(max, Math.max(min, rows));
}
