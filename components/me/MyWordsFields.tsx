import type { MyWords } from '@/utils/outreach/me';
import type { SentenceField } from '@/utils/outreach/me-sentences';
import { wordsAskedFor } from '@/utils/outreach/my-words';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { t } from '@/utils/ui-text';
import { SentencePreview } from './SentencePreview';

const labels: Record<(typeof wordsAskedFor)[number], string> = {
  intro: t('me.intro.label'),
  introShort: t('me.introShort.label'),
  shortTermGoal: t('me.shortTermGoal.label'),
  askAbout: t('me.askAbout.label'),
};

interface Props {
  /** Unique on the page: the fields' ids start with it. */
  idPrefix: string;
  /** The language the words are written in. */
  language: DraftLanguage;
  words: MyWords;
  /** Each field's sentence in a draft in `language`, as the user types. */
  sentences: Partial<Record<SentenceField, string>>;
  /** My words in Me's own language, shown under each field as what to write in this one. */
  mine: { language: DraftLanguage; words: MyWords };
  onWord: (field: (typeof wordsAskedFor)[number], value: string) => void;
}

/** My few words in another draft language, each with the sentence it goes into there (the popup asks; the Me page edits). */
export function MyWordsFields({ idPrefix, language, words, sentences, mine, onWord }: Props) {
  return (
    <>
      {wordsAskedFor.map((field) => {
        const id = `${idPrefix}-${field}`;
        const own = mine.words[field]?.trim();
        return (
          <div class="field" key={field}>
            <label for={id}>{labels[field]}</label>
            <input
              id={id}
              type="text"
              lang={language}
              value={words[field] ?? ''}
              aria-describedby={own ? `${id}-mine ${id}-sentence` : `${id}-sentence`}
              onInput={(e) => onWord(field, e.currentTarget.value)}
            />
            {own && (
              <p id={`${id}-mine`} class="why">
                {t('me.wordsIn.yours', t(`languages.${mine.language}`))} <q lang={mine.language}>{own}</q>
              </p>
            )}
            <SentencePreview id={`${id}-sentence`} sentence={sentences[field]} language={language} />
          </div>
        );
      })}
    </>
  );
}
