import { profileFields, type Profile } from './profile';
import { profileUrl } from './profile-url';
import { ember, sdui } from './selectors';

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

/** The top card of a logged-in profile page, with the member id its key names (server-driven layout). */
function topCardOf(doc: Document): { card: Element; memberId?: string } | undefined {
  for (const card of doc.querySelectorAll(sdui.card)) {
    const key = card.getAttribute('componentkey') ?? card.getAttribute('id') ?? '';
    if (/topcard$/i.test(key)) return { card, memberId: key.slice(sdui.cardPrefix.length, -'topcard'.length) };
  }
  const card = doc.querySelector(ember.topCard);
  return card ? { card } : undefined;
}

/**
 * Whether LinkedIn is still on its way to showing the profile just read, so that a missing name
 * means "not yet" rather than "none". After in-app navigation the address changes first: the page
 * then still shows the previous person's top card, or no profile at all. A page whose top card is
 * this person's (or links to nobody), or from which anything of theirs was read, is rendered:
 * a blank name there is simply missing, for the user to type in. A sign-in wall, a "not found"
 * or an error page is what LinkedIn shows, not a step on the way: no waiting for it.
 */
export function stillRendering(doc: Document, profile: Profile): boolean {
  if (profile.name || (profile.notProfile && profile.notProfile !== 'empty')) return false;
  const top = topCardOf(doc);
  if (top) return top.memberId !== profile.slug && !showsProfile(top.card, profile.slug);
  // A section still loading is nothing read either.
  return profileFields.every((field) => field === 'memberId' || profile.missing.includes(field) || !!profile.loading?.includes(field));
}
