import { profileUrl } from './profile-url';
import { pageAddressSources as sources } from './selectors';

/** Where a saved page says it came from, and how we know. */
export interface PageAddress {
  url: string;
  from: string;
}

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
