import { profileUrl } from './profile-url';

/** Where a saved page says it came from, and how we know. */
export interface PageAddress {
  url: string;
  from: string;
}

// In order of trust: the public page's own links, then profile links in the top card of the
// logged-in layouts (their heads can be stale after in-app navigation, so no <title> guessing).
const sources: [selector: string, attribute: string, from: string][] = [
  ['link[rel="canonical"]', 'href', 'the canonical link'],
  ['meta[property="og:url"]', 'content', 'the og:url tag'],
  ['[componentkey$="Topcard"] h2, [id$="Topcard"] h2', '', 'the top card’s name link'],
  ['#top-card-text-details-contact-info', 'href', 'the contact-info link'],
  ['.pv-top-card a[href*="/in/"]', 'href', 'a top-card profile link'],
];

/** The profile address a saved page shows for itself, if it shows one. */
export function pageAddress(doc: Document): PageAddress | undefined {
  for (const [selector, attribute, from] of sources) {
    const el = doc.querySelector(selector);
    const raw = attribute ? el?.getAttribute(attribute) : el?.closest('a')?.getAttribute('href');
    if (!raw) continue;
    const id = profileUrl(raw.startsWith('/') ? `https://www.linkedin.com${raw}` : raw);
    if (id.ok) return { url: id.url, from };
  }
  return undefined;
}
