import { cleanText } from './clean-text';

// Never text: code, styles, icons, and the video.js name-pronunciation player, whose
// "Video Player is loading." was once stored as a headline by another extension (2026).
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'CODE', 'BUTTON']);
// Tags after which words must not run together ("Founder</p><p>Lumen").
const blockTags = new Set(['P', 'DIV', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'UL', 'OL', 'DT', 'DD', 'TR', 'TD', 'TH', 'TIME']);

/**
 * True for elements whose text is not what the page shows: screen-reader copies (Ember's
 * `visually-hidden`, the public page's `sr-only`), hidden elements and media players.
 */
export function isUnseen(el: Element): boolean {
  if (skippedTags.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-vjs-player')) return true;
  const cls = el.getAttribute('class');
  return !!cls && /(^|\s)(visually-hidden|sr-only|a11y-text)(\s|$)/.test(cls);
}

function collect(node: Node, out: string[], skip?: (el: Element) => boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    // Newlines inside a text node are layout, not structure: only element blocks break lines.
    if (child.nodeType === 3) out.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (isUnseen(el) || skip?.(el)) continue;
      // Ember's spacer between a name and the next words; saved pages often lose its one space.
      if (!el.firstChild && el.getAttribute('class') === 'white-space-pre') out.push(' ');
      const block = blockTags.has(el.tagName);
      if (block) out.push('\n');
      collect(el, out, skip);
      if (block) out.push('\n');
    }
  }
}

/** The text an element shows, as plain text, without screen-reader duplicates or player chrome. */
export function visibleText(el: Element | null | undefined): string | undefined {
  if (!el || isUnseen(el)) return undefined;
  const out: string[] = [];
  collect(el, out);
  return cleanText(out.join(''));
}

/**
 * The element's visible text split where the page starts a new block (paragraph, list item,
 * heading), each line cleaned, empty lines and a line repeating the one before dropped.
 * `skip` leaves out parts read separately (nested roles, a description box).
 */
export function textLines(el: Element | null | undefined, skip?: (el: Element) => boolean): string[] {
  if (!el || isUnseen(el)) return [];
  const out: string[] = [];
  collect(el, out, skip);
  const lines: string[] = [];
  for (const raw of out.join('').split('\n')) {
    const line = cleanText(raw);
    if (line && line !== lines[lines.length - 1]) lines.push(line);
  }
  return lines;
}

/** True when something between `el` and `root` hides it (a media player, a screen-reader copy). */
export function hiddenWithin(el: Element, root: Element): boolean {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (isUnseen(up)) return true;
  return false;
}

/** The visible text of the first element matching `selector` within `scope`. */
export function textAt(scope: ParentNode | null | undefined, selector: string): string | undefined {
  return visibleText(scope?.querySelector(selector));
}
