import type { DraftLanguage } from '../their-language';
import { germanChecks } from './de';
import { englishChecks } from './en';
import { spanishChecks } from './es';
import { frenchChecks } from './fr';
import { portugueseChecks } from './pt';
import type { CheckWords } from './types';

export type { CheckWords } from './types';

const tables: Record<DraftLanguage, CheckWords> = { en: englishChecks, es: spanishChecks, fr: frenchChecks, de: germanChecks, pt: portugueseChecks };

export function checkWordsFor(language: DraftLanguage | undefined): CheckWords {
  return tables[language ?? 'en'] ?? englishChecks;
}
