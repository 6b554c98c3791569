import { profileUrl } from './profile-url';

/**
 * False when an element links to profiles and none of them is `slug`: LinkedIn has changed
 * the address but not yet swapped the page, so the element still shows the previous person.
 * An element with no profile links at all says nothing either way, and counts as showing it.
 */
export function showsProfile(el: ParentNode, slug: string): boolean {
  let linked = false;
  for (const a of el.querySelectorAll('a[href*="/in/"]')) {
    const href = a.getAttribute('href') ?? '';
    const id = profileUrl(href.startsWith('/') ? `https://www.linkedin.com${href}` : href);
    if (!id.ok) continue;
    if (id.slug === slug) return true;
    linked = true;
  }
  return !linked;
}
