import type { DraftLanguage } from '../their-language';
import { germanAsks, germanChecks } from './de';
import { englishChecks } from './en';
import { spanishAsks, spanishChecks } from './es';
import { frenchAsks, frenchChecks } from './fr';
import { portugueseAsks, portugueseChecks } from './pt';
import type { CheckWords } from './types';

export type { CheckWords } from './types';

/**
 * A message in one language may borrow another's words for the ask ("ser mi mentor" in a
 * French note): outside English, every language's mentorship asks are looked for. English
 * keeps its own list, which already catches the direct asks of the other four.
 */
const everyAsk = [...spanishAsks, ...frenchAsks, ...germanAsks, ...portugueseAsks, ...englishChecks.mentorshipAsks];
const withEveryAsk = (checks: CheckWords): CheckWords => ({ ...checks, mentorshipAsks: [...checks.mentorshipAsks, ...everyAsk.filter((ask) => !checks.mentorshipAsks.includes(ask))] });

const tables: Record<DraftLanguage, CheckWords> = {
  en: englishChecks,
  es: withEveryAsk(spanishChecks),
  fr: withEveryAsk(frenchChecks),
  de: withEveryAsk(germanChecks),
  pt: withEveryAsk(portugueseChecks),
};

export function checkWordsFor(language: DraftLanguage | undefined): CheckWords {
  return tables[language ?? 'en'] ?? englishChecks;
}
