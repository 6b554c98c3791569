import type { MyWords } from '@/utils/outreach/me';
import type { SentenceField } from '@/utils/outreach/me-sentences';
import type { wordsAskedFor } from '@/utils/outreach/my-words';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { t } from '@/utils/ui-text';
import { MyWordsFields } from './MyWordsFields';

interface Props {
  /** The languages whose words Me keeps (utils/outreach/my-words.ts languagesWithMyWords). */
  languages: DraftLanguage[];
  wordsIn: Partial<Record<DraftLanguage, MyWords>>;
  /** My words in Me's own language, shown under each field. */
  mine: { language: DraftLanguage; words: MyWords };
  sentencesIn: (language: DraftLanguage) => Partial<Record<SentenceField, string>>;
  onWord: (language: DraftLanguage, field: (typeof wordsAskedFor)[number], value: string) => void;
  onErase: (language: DraftLanguage) => void;
}

/** The Me page's list of my words in other draft languages: each editable as typed, and erasable. */
export function MyWordsElsewhere(props: Props) {
  return (
    <section aria-labelledby="words-in-heading" class="words-in" data-testid="words-in">
      <h2 id="words-in-heading">{t('me.wordsIn.heading')}</h2>
      <p class="why">{t('me.wordsIn.body')}</p>
      {props.languages.length === 0 && <p class="muted">{t('me.wordsIn.none')}</p>}
      {props.languages.map((language) => (
        <fieldset key={language} data-testid={`words-in-${language}`}>
          <legend>{t('me.wordsIn.legend', t(`languages.${language}`))}</legend>
          <MyWordsFields
            idPrefix={`words-${language}`}
            language={language}
            words={props.wordsIn[language] ?? {}}
            sentences={props.sentencesIn(language)}
            mine={props.mine}
            onWord={(field, value) => props.onWord(language, field, value)}
          />
          <button type="button" class="secondary" onClick={() => props.onErase(language)}>
            {t('me.wordsIn.erase')}
          </button>
        </fieldset>
      ))}
    </section>
  );
}
