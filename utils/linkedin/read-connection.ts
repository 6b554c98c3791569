import type { ConnectionState, ProfileLayout } from './profile';
import { connection, ember, sdui } from './selectors';
import { hiddenWithin, isUnseen } from './visible-text';

function labelled(el: Element): boolean {
  const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase();
  return connection.pendingWords.some((word) => label.startsWith(word));
}

/** The SDUI top card of this page (its key ends in "Topcard"), where the degree badge sits. */
function sduiTopCard(doc: Document): Element | undefined {
  return [...doc.querySelectorAll(sdui.card)].find((el) =>
    /topcard$/i.test(el.getAttribute('componentkey') ?? el.getAttribute('id') ?? ''),
  );
}

/** 2024 Ember top cards have no .pv-top-card class: then the top card the reader reads. */
function emberTopCard(doc: Document): Element | null | undefined {
  return doc.querySelector('.pv-top-card') ?? doc.querySelector('main')?.querySelector(ember.topCard);
}

/** The degrees the visible badges show ("· 1st", "1st", "1." …): a number, in any language. */
function badgeDegrees(doc: Document, layout: ProfileLayout): Set<number> {
  const degrees = new Set<number>();
  if (layout === 'sdui') {
    const card = sduiTopCard(doc);
    for (const p of card?.querySelectorAll('p') ?? []) {
      if (isUnseen(p) || hiddenWithin(p, card!)) continue;
      const digit = connection.sduiDegree.exec((p.textContent ?? '').trim())?.[1];
      if (digit) degrees.add(Number(digit));
    }
  } else if (layout === 'ember') {
    for (const badge of emberTopCard(doc)?.querySelectorAll(connection.emberDegree) ?? []) {
      const digit = /\d/.exec(badge.querySelector('.dist-value')?.textContent ?? badge.textContent ?? '')?.[0];
      if (digit) degrees.add(Number(digit));
    }
  }
  return degrees;
}

/**
 * Where we stand with the person whose profile (`slug`) the page shows, as its top card says:
 * an invitation pending, a 1st-degree connection, or not connected. Undefined when the page
 * does not say (the logged-out public page shows no such thing; a page not yet rendered).
 * Pending wins over a degree badge: LinkedIn renders a hidden "· 1st" beside a visible
 * "· 2nd" while an invitation waits (costa-vasili, 2026). A Message link alone says nothing:
 * it is on every profile, for InMail too (mrbuslov core/detect.js).
 */
export function readConnection(doc: Document, slug: string, layout: ProfileLayout): ConnectionState | undefined {
  if (!slug || (layout !== 'sdui' && layout !== 'ember')) return undefined;
  const ownLinks = [...doc.querySelectorAll(connection.ownLink(slug))];
  const pendingLink = ownLinks.some((link) => link.querySelector(connection.pendingIcon) || labelled(link));
  const pendingButton = layout === 'ember' && [...doc.querySelectorAll(connection.emberActions)].some(labelled);
  if (pendingLink || pendingButton) return 'pending';
  const degrees = badgeDegrees(doc, layout);
  // Badges that disagree (a hidden copy we could not tell) say nothing.
  if (degrees.size === 1) return degrees.has(1) ? 'first-degree' : 'not-connected';
  if (doc.querySelector(connection.invite(slug))) return 'not-connected';
  // An Ember top card with no badge whose action is Connect (eduardo-alvarez-nowak, 2024): told
  // by the button's icon, in any language; the same icon beside the profile is someone else's.
  if (layout === 'ember' && emberTopCard(doc)?.querySelector(connection.emberConnect)) return 'not-connected';
  return undefined;
}
