import { t } from '@/utils/ui-text';

/** Every sentence the options page shows outside the form and the data panel, in one place; the words are in locales/*.yml. */
export const text = {
  title: t('options.title'),
  intro: t('options.intro'),
  welcome: t('options.welcome'),
  loading: t('common.loading'),
  saving: t('common.saving'),
  saved: t('common.saved'),
  openDashboard: t('common.openDashboard'),
} as const;
