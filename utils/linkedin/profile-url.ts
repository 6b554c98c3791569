/** A profile's identity from its address, or the reason the address is not a profile. */
export type ProfileUrl = { ok: true; url: string; slug: string } | { ok: false; reason: string };

/** What a user reads when an address is refused (one place, ready for translation). */
export const profileUrlText = {
  empty: 'The address is empty.',
  unreadable: 'This is not a web address.',
  badCharacters: 'The address contains characters a web address cannot have.',
  notLinkedIn: 'This is not a LinkedIn address.',
  shortLink: 'Short lnkd.in links hide the page they lead to: open the link and copy the profile’s address.',
  notProfile: 'This LinkedIn page is not a person’s profile.',
  legacyPub: 'Old /pub/ profile addresses cannot be matched without opening them: open it and copy the new address.',
  me: 'The /in/me/ address means “whoever is signed in”, not a particular person.',
  dotSegments: 'The address contains “.” or “..” path steps, which could point anywhere.',
  badEncoding: 'The profile part of the address has broken %-encoding.',
  badSlug: 'The profile part of the address has characters LinkedIn does not use in profile names.',
  tooLong: 'The profile part of the address is too long to be a LinkedIn profile name.',
} as const;

/**
 * The longest profile name or member id kept, in characters once decoded. LinkedIn's own are far
 * shorter (a vanity name is at most 100 letters of any script, a member id about 40), so this only
 * refuses what no page shows, and the store keeps whatever the reader accepts.
 */
export const profileIdLimit = 1_000;

const linkedInHost = /^(?:[a-z0-9-]+\.)*linkedin\.com$/;
// Letters of any script, combining marks, digits, and the punctuation LinkedIn allows.
const slugShape = /^[\p{L}\p{M}\p{N}_.-]+$/u;
// Member-id addresses (/in/ACoAA…/) are case-sensitive; vanity names are not.
const memberIdShape = /^ACoAA[A-Za-z0-9_-]+$/;

/**
 * Why a LinkedIn profile address (…/in/…) cannot be read, said in plain words; undefined for an
 * address that can be, and for any other page (the feed, another site): those are simply not
 * a profile. Browsers resolve "." and ".." steps in the tab's own address, so a page seldom
 * shows one; a typed or imported address may.
 */
export function profileAddressProblem(input: string): string | undefined {
  const id = profileUrl(input);
  if (id.ok) return undefined;
  const aboutTheProfile: string[] = [profileUrlText.dotSegments, profileUrlText.badEncoding, profileUrlText.badSlug, profileUrlText.tooLong, profileUrlText.me];
  return aboutTheProfile.includes(id.reason) ? id.reason : undefined;
}

function refuse(reason: string): ProfileUrl {
  return { ok: false, reason };
}

/**
 * Maps every form of a LinkedIn profile address to one canonical address and its slug:
 * www / country / m. hosts, /mwlite/ and linkedin:// forms, query strings and fragments,
 * locale suffixes (/in/x/fr/), sub-pages (/details/…, /overlay/…, /recent-activity/…),
 * trailing slashes, percent-encoded and non-ASCII slugs, and case.
 *
 * Case: LinkedIn treats vanity names case-insensitively (it redirects /in/JaneDoe to the
 * lower-case address), so the slug is lower-cased; a member id (ACoAA…) keeps its case,
 * because it is an opaque, case-sensitive key. The slug is returned decoded and NFC-normalized;
 * the canonical address carries it percent-encoded, as LinkedIn's own links do.
 */
export function profileUrl(input: string): ProfileUrl {
  let text = input.trim();
  if (!text) return refuse(profileUrlText.empty);
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return refuse(profileUrlText.badCharacters);
  if (/^linkedin:\/\//i.test(text)) text = `https://www.linkedin.com/${text.slice('linkedin://'.length)}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text.replace(/^\/+/, '')}`;

  // The URL parser would silently resolve /in/alice/../bob, so dot steps are refused first.
  const rawPath = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0] ?? '';
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(rawPath)) return refuse(profileUrlText.dotSegments);

  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return refuse(profileUrlText.unreadable);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return refuse(profileUrlText.unreadable);
  const host = parsed.hostname.toLowerCase();
  if (host === 'lnkd.in' || host.endsWith('.lnkd.in')) return refuse(profileUrlText.shortLink);
  if (!linkedInHost.test(host) || parsed.port) return refuse(profileUrlText.notLinkedIn);

  const steps = parsed.pathname.split('/').filter(Boolean);
  // Mobile wrappers around the same profile path: /mwlite/in/x, /mwlite/profile/in/x, /m/in/x.
  if (steps[0]?.toLowerCase() === 'mwlite') steps.shift();
  if (steps[0]?.toLowerCase() === 'profile' && steps[1]?.toLowerCase() === 'in') steps.shift();
  if (steps[0]?.toLowerCase() === 'm' && steps[1]?.toLowerCase() === 'in') steps.shift();
  const section = steps[0]?.toLowerCase();
  if (section === 'pub') return refuse(profileUrlText.legacyPub);
  if (section !== 'in' || !steps[1]) return refuse(profileUrlText.notProfile);

  let slug: string;
  try {
    slug = decodeURIComponent(steps[1]);
  } catch {
    return refuse(profileUrlText.badEncoding);
  }
  // Decoded once: a slug that still holds % was encoded twice, or is not a slug at all.
  if (slug.includes('%')) return refuse(profileUrlText.badEncoding);
  slug = slug.normalize('NFC');
  if (slug.length > profileIdLimit) return refuse(profileUrlText.tooLong);
  if (!slugShape.test(slug)) return refuse(profileUrlText.badSlug);
  if (!memberIdShape.test(slug)) slug = slug.toLowerCase();
  if (slug === 'me') return refuse(profileUrlText.me);
  return { ok: true, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`, slug };
}
