import { itemKind } from './item-kind';
import { linkTarget } from './link-target';
import { firstDate } from './page-dates';
import type { Featured } from './profile';
import { cleanText } from './clean-text';

// A card's type label: one short word, maybe with counts after "·" ("Article", "Link",
// "Post · 1,204 reactions", "Artykuł"). 2026 cards can show it above the title (issue 13).
const label = /^\p{L}{2,12}$/u;

function isLabel(line: string): boolean {
  return label.test(line.split(' · ')[0]!);
}

/**
 * A featured card from the lines it shows: the title is its first line that is not a type
 * label; a card that shows only a label is named by its link's or image's description, and
 * left out without one, so a draft never quotes "Article".
 */
export function featuredFromLines(item: Element, lines: string[], now: number): Featured | undefined {
  const link = item.querySelector('a[href]');
  const title =
    lines.find((line) => !isLabel(line)) ??
    cleanText(link?.getAttribute('aria-label')) ??
    cleanText(item.querySelector('img[alt]')?.getAttribute('alt'));
  if (!title) return undefined;
  const url = linkTarget(link);
  const date = firstDate(lines.filter((line) => line !== title), now);
  return { title, ...(url && { url, kind: itemKind(url) }), ...(date && { date }) };
}
