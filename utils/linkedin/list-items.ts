/** The list items of a section that are not nested inside another of its items. */
export function topItems(section: Element, selector: string): Element[] {
  return [...section.querySelectorAll(selector)].filter((item) => {
    const outer = item.parentElement?.closest(selector);
    return !outer || !section.contains(outer) || outer === section;
  });
}
