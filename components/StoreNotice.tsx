import { t } from '@/utils/ui-text';

/** What the worker found after the browser lost its database, said the same way in the popup and the dashboard. */
export function StoreNotice({ title, message, onDismiss }: { title: string; message: string; onDismiss: () => void }) {
  return (
    <section role="alert" aria-labelledby="store-notice-heading" class="store-notice" data-testid="store-notice">
      <h2 id="store-notice-heading">{title}</h2>
      <p>{message}</p>
      <button type="button" class="secondary" onClick={onDismiss}>
        {t('common.gotIt')}
      </button>
    </section>
  );
}
