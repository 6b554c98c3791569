import type { DraftLanguage } from '@/utils/outreach/their-language';
import { t } from '@/utils/ui-text';

/**
 * The sentence a field's words go into in a draft, under the field and named by its
 * aria-describedby. Always there (empty while the field is), so a screen reader hears the
 * change politely as it comes, and the focus stays in the field being typed.
 */
export function SentencePreview({ id, sentence, language }: { id: string; sentence: string | undefined; language: DraftLanguage }) {
  return (
    <p id={id} class="sentence" aria-live="polite" aria-atomic="true" data-testid={id}>
      {sentence && (
        <>
          <span class="sentence-label">{t('me.inADraft')}</span> <q lang={language}>{sentence}</q>
        </>
      )}
    </p>
  );
}
