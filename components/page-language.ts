import { t, uiLocale } from '@/utils/ui-text';

/** The page says which language it is in (screen readers, hyphenation, spelling) and takes its title in it. */
export function speakTheInterfaceLanguage(title?: string): void {
  document.documentElement.lang = uiLocale();
  document.title = title ? t('common.pageTitle', title) : t('common.title');
}
