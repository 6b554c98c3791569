import { type DraftLanguage, draftLanguages } from '../their-language';
import { frenchAsks, germanAsks, portugueseAsks, spanishAsks } from './asks';
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

/** English always; another language once its words are loaded (utils/outreach/languages.ts). */
const tables: Partial<Record<DraftLanguage, CheckWords>> = { en: englishChecks };

export function addCheckWords(language: DraftLanguage, checks: CheckWords): void {
  tables[language] ??= language === 'en' ? checks : withEveryAsk(checks);
}

export function checkWordsFor(language: DraftLanguage | undefined): CheckWords {
  const checks = tables[language ?? 'en'] ?? (draftLanguages.includes(language!) ? undefined : englishChecks);
  if (!checks) throw new Error(`The checks in ${language} are not loaded yet (loadLanguage).`);
  return checks;
}
