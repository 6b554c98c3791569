import type { NotProfileReason } from './profile';
import { notProfile as sel } from './selectors';
import { visibleText } from './visible-text';

/**
 * What a page at a profile address shows instead of a person, asked only when nothing of anyone
 * could be read from it: LinkedIn's sign-in wall, its "not found" page, an error page, or else a
 * page that is empty so far. The "not found" and error words come first: those pages carry the
 * sign-in links and forms too.
 */
export function notAProfile(doc: Document): NotProfileReason {
  const words = [...doc.querySelectorAll(sel.words)].slice(0, 12).flatMap((el) => visibleText(el) ?? []);
  if (doc.querySelector(sel.notFound) || words.some((line) => sel.notFoundWords.test(line))) return 'not-found';
  if (doc.querySelector(sel.error) || words.some((line) => sel.errorWords.test(line))) return 'error';
  if (doc.querySelector(sel.loginWall) || words.some((line) => sel.loginWallWords.test(line))) return 'login-wall';
  return 'empty';
}
