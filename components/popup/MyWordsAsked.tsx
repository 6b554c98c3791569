import type { MyWords } from '@/utils/outreach/me';
import type { SentenceField } from '@/utils/outreach/me-sentences';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { t } from '@/utils/ui-text';
import { MyWordsFields } from '../me/MyWordsFields';

interface Props {
  /** The draft's language, which my words are asked in. */
  language: DraftLanguage;
  /** Me's own language: one click drafts in it again. */
  mine: DraftLanguage;
  words: MyWords;
  /** My words in Me's own language: what to write in this one. */
  mineWords: MyWords;
  sentences: Partial<Record<SentenceField, string>>;
  saving: boolean;
  error?: string;
  onWord: (field: keyof MyWords, value: string) => void;
  onSave: () => void;
  onBack: () => void;
}

/**
 * A draft in another language than Me's, before my words in it are given: asked once, in place
 * of a draft that would mix my English into Spanish, each field with the sentence it goes into.
 */
export function MyWordsAsked(props: Props) {
  const given = Object.values(props.words).some((word) => (word ?? '').trim() !== '');
  return (
    <section aria-labelledby="my-words-heading" class="card my-words" data-testid="my-words">
      <h2 id="my-words-heading">{t('me.wordsIn.legend', t(`languages.${props.language}`))}</h2>
      <p>{t('popup.myWords.body', t(`languages.${props.mine}`))}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave();
        }}
      >
        <MyWordsFields
          idPrefix="my-words"
          language={props.language}
          words={props.words}
          sentences={props.sentences}
          mine={{ language: props.mine, words: props.mineWords }}
          onWord={props.onWord}
        />
        {props.error && (
          <p role="alert" class="error">
            {props.error}
          </p>
        )}
        <div class="actions">
          <button type="submit" disabled={props.saving || !given}>
            {props.saving ? t('common.saving') : t('popup.myWords.save')}
          </button>
          <button type="button" class="secondary" lang={props.mine} onClick={props.onBack}>
            {t(`languages.offerYes.${props.mine}`)}
          </button>
        </div>
      </form>
    </section>
  );
}
