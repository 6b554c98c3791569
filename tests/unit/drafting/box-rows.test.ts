import { describe, expect, it } from 'vitest';
import { boxRows } from '@/utils/drafting/box-rows';

describe('boxRows', () => {
  it.each([
    ['a short note', 'Hi Amara, thank you.', 4],
    ['a 700-character InMail in three paragraphs', `${'x'.repeat(300)}\n\n${'y'.repeat(300)}\n\n${'z'.repeat(100)}`, 16],
    ['a long message past the largest box', 'w'.repeat(5000), 20],
  ])('%s gets the rows it needs, within the bounds', (_name, text, rows) => {
    expect(boxRows(text, 50, 4, 20)).toBe(rows);
  });

  it('counts every line break, empty lines too', () => {
    expect(boxRows('a\n\nb\nc\nd\ne', 50, 1, 20)).toBe(6);
  });
});
