import { topItems } from './list-items';
import type { ProfileField, ProfileLayout } from './profile';
import { ember, sdui } from './selectors';
import { hiddenWithin, isUnseen, textLines } from './visible-text';

/**
 * What LinkedIn shows where a section's content is still to come (issue 27): a busy region, its
 * spinners (`artdeco-loader`, `pvs-loader`) and its grey skeleton, ghost and placeholder blocks.
 * Ghost logos and video placeholders also sit in loaded entries, so a mark counts only in a
 * section that has nothing readable yet.
 */
export const loaderMarks = [
  '[aria-busy="true"]',
  '[role="progressbar"]',
  '[class*="artdeco-loader"]',
  '[class*="pvs-loader"]',
  '[class*="skeleton"]',
  '[class*="shimmer"]',
  '[class*="ghost"]',
  '[class*="placeholder"]',
].join(', ');

/** The sections a layout's reader reads, each with the fields it gives. */
type Section = { fields: ProfileField[]; card: Element };

/** Section anchors of the Ember page, as its reader finds them (read-ember.ts `section`). */
function emberSections(doc: Document): Section[] {
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return [];
  return (Object.entries(ember.ids) as [ProfileField, string][]).flatMap(([field, id]) => {
    const anchor = root.querySelector(ember.anchor(id));
    const card = anchor?.closest('section') ?? anchor?.parentElement;
    return card ? [{ fields: [field], card }] : [];
  });
}

/** This person's cards of the server-driven page, keyed as its reader keys them (read-sdui.ts `prepare`). */
function sduiSections(doc: Document): Section[] {
  const keyOf = (el: Element) => (el.getAttribute('componentkey') ?? el.getAttribute('id') ?? '').slice(sdui.cardPrefix.length);
  const all = [...doc.querySelectorAll(sdui.card)];
  const top = all.find((el) => /topcard$/i.test(keyOf(el)));
  const memberId = top ? keyOf(top).slice(0, -'topcard'.length) : undefined;
  if (!memberId) return [];
  const found: Section[] = [];
  for (const el of all) {
    const key = keyOf(el);
    if (!key.startsWith(memberId)) continue;
    const suffix = key.slice(memberId.length).toLowerCase();
    const field = (Object.entries(sdui.sections) as [ProfileField | 'topcard', readonly string[]][]).find(([, suffixes]) => suffixes.includes(suffix))?.[0];
    if (field && field !== 'topcard') found.push({ fields: [field], card: el });
  }
  // The Activity pill is keyed by their vanity name, not the card's (lija capture, 2026).
  for (const pill of doc.querySelectorAll(sdui.activityByVanity)) found.push({ fields: ['activity'], card: pill });
  return found;
}

/** A loader mark the page shows (a hidden spinner is not loading anything). */
function showsLoader(card: Element): boolean {
  const marks = card.matches(loaderMarks) ? [card] : [...card.querySelectorAll(loaderMarks)];
  return marks.some((mark) => !isUnseen(mark) && !hiddenWithin(mark, card));
}

/**
 * Whether a section shows anything of theirs yet: an entry with words in it, or (About, a card
 * with no entries) a line besides its heading. The heading, the follower count beside it and
 * the loader itself are what a loading card shows too, so they do not count.
 */
function showsContent(card: Element, item: string): boolean {
  const outsideLoader = (el: Element) => {
    const loader = el.closest(loaderMarks);
    return !loader || !card.contains(loader);
  };
  const items = topItems(card, item).filter(outsideLoader);
  if (items.length) return items.some((entry) => textLines(entry, (el) => el.matches(loaderMarks)).length > 0);
  return textLines(card, (el) => el.matches(`${loaderMarks}, h1, h2, h3, header, [class*="header"]`)).length > 0;
}

/**
 * The fields whose section is on the page but still loading (issue 27): LinkedIn draws a
 * logged-in profile's lower sections after its top card, each first as a card with a spinner or
 * grey placeholders. Only the logged-in layouts do so; public and 2016-era pages are served whole.
 * Found by the same anchors and card keys as the layouts' readers; in their order on the page.
 * `among`: look only at these fields' sections (the reader's 5 ms budget: a section it has read
 * is not loading).
 */
export function loadingSections(doc: Document, layout: ProfileLayout, among?: readonly ProfileField[]): ProfileField[] {
  const sections = layout === 'ember' ? emberSections(doc) : layout === 'sdui' ? sduiSections(doc) : [];
  const item = layout === 'ember' ? ember.item : sdui.item;
  const loading = new Set<ProfileField>();
  for (const { fields, card } of sections) {
    // Only the sections asked about are looked into (the reader asks about those it could not read).
    if (among && !fields.some((field) => among.includes(field))) continue;
    if (showsLoader(card) && !showsContent(card, item)) for (const field of fields) loading.add(field);
  }
  return [...loading];
}
