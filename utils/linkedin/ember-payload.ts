import { cleanText } from './clean-text';
import type { EmbeddedIdentity } from './sdui-payload';
import { ember } from './selectors';

type Json = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value);
  // /dash payloads nest names per locale: multiLocaleFirstName: { pl_PL: …, en_US: … }.
  if (value && typeof value === 'object') return text(Object.values(value)[0]);
  return undefined;
}

/**
 * The identity in the older page's `<code id="bpr-guid-…">` JSON, only from the record whose
 * publicIdentifier is `slug`: after in-app navigation the previous profile's block is still in
 * the document (joshuatz/linkedin-to-jsonresume issue #25, "Previous profile is grabbed").
 */
export function emberPayload(doc: Document, slug: string): EmbeddedIdentity | undefined {
  for (const block of doc.querySelectorAll(ember.payload)) {
    const raw = block.textContent ?? '';
    if (!raw.includes('publicIdentifier')) continue;
    let parsed: { included?: Json[]; data?: Json };
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      continue;
    }
    const records = [...(parsed.included ?? []), ...(parsed.data ? [parsed.data] : [])];
    const person = records.find(
      (r) => typeof r.publicIdentifier === 'string' && r.publicIdentifier.normalize('NFC').toLowerCase() === slug.toLowerCase(),
    );
    if (!person) continue;
    return {
      memberId: /(ACoAA[\w-]+)/.exec(String(person.entityUrn ?? ''))?.[1],
      firstName: text(person.firstName ?? person.multiLocaleFirstName),
      lastName: text(person.lastName ?? person.multiLocaleLastName),
      headline: text(person.headline ?? person.multiLocaleHeadline),
      location: text(person.geoLocationName ?? person.locationName),
    };
  }
  return undefined;
}
