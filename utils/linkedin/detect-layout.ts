import type { ProfileLayout } from './profile';
import { ember, publicPage, sdui } from './selectors';

/** Which of LinkedIn's profile layouts the document shows, told by markup of the body, not the head. */
export function detectLayout(doc: Document): ProfileLayout {
  // The head can be stale after in-app navigation (two <title>s, two page keys; mrbuslov
  // emirhan-karahasan capture, 2026), so only body markers count.
  if (doc.querySelector(`${sdui.card}, ${sdui.screen}`)) return 'sdui';
  if (doc.querySelector(ember.marker)) return 'ember';
  if (doc.querySelector(publicPage.marker)) return 'public';
  return 'unknown';
}
