import { type DraftLanguage, draftLanguages } from '../wording/draft-languages';
import { frenchAsks, germanAsks, portugueseAsks, spanishAsks } from './asks';
import { loadedChecks } from './loaded';
import { englishChecks } from './en';
import type { CheckWords } from './types';

export type { CheckWords } from './types';

/**
 * A message in one language may borrow another's words for the ask ("ser mi mentor" in a
 * French note): outside English, every language's mentorship asks are looked for. English
 * keeps its own list, which already catches the direct asks of the other four.
 */
const everyAsk = [...spanishAsks, ...frenchAsks, ...germanAsks, ...portugueseAsks, ...englishChecks.mentorshipAsks];
const withEveryAsk = (checks: CheckWords): CheckWords => ({ ...checks, mentorshipAsks: [...checks.mentorshipAsks, ...everyAsk.filter((ask) => !checks.mentorshipAsks.includes(ask))] });

/** Each language's checks with every language's asks added, made once. */
const withAsks = new Map<DraftLanguage, CheckWords>([['en', englishChecks]]);

/** The checks in one language, English for none or an unknown one; a language not loaded yet (loadChecks) is a bug of the caller. */
export function checkWordsFor(language: DraftLanguage | undefined): CheckWords {
  if (!language || !draftLanguages.includes(language)) return englishChecks;
  let checks = withAsks.get(language);
  if (!checks) {
    const own = loadedChecks.get(language);
    if (!own) throw new Error(`The checks in ${language} are not loaded yet (loadChecks).`);
    checks = withEveryAsk(own);
    withAsks.set(language, checks);
  }
  return checks;
}
