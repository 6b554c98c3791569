import { draftLanguages } from '@/utils/outreach/their-language';
import { t } from '@/utils/ui-text';

/** The five languages a draft can be written in, named in the interface's language. */
export function LanguageOptions() {
  return (
    <>
      {draftLanguages.map((language) => (
        <option key={language} value={language}>
          {t(`languages.${language}`)}
        </option>
      ))}
    </>
  );
}
