import type { DraftLanguage } from '@/utils/outreach/their-language';
import { t } from '@/utils/ui-text';

/** Their profile is written in another of our languages: one click drafts in it. */
export function LanguageOffer({ language, onAccept }: { language: DraftLanguage; onAccept: (language: DraftLanguage) => void }) {
  return (
    <p class="language-offer" data-testid="language-offer" role="note">
      {t(`languages.offer.${language}`)}{' '}
      <button type="button" class="secondary" lang={language} onClick={() => onAccept(language)}>
        {t(`languages.offerYes.${language}`)}
      </button>
    </p>
  );
}
