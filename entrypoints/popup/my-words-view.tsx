/**
 * A draft in another language than Me's, while my words in it are missing (state.wordsAsked):
 * the popup asks for them once, saves them in Me as the Me page saves (saveSettings), and the
 * draft is then written with them. Loaded only when asked for: most drafts never need it.
 */
import { signal } from '@preact/signals';
import { MyWordsAsked } from '@/components/popup/MyWordsAsked';
import { askWorker } from '@/utils/messaging/ask-worker';
import { meIn, readMe, type MyWords } from '@/utils/outreach/me';
import { sentencesShown } from '@/utils/outreach/me-sentences';
import { withMyWordsIn } from '@/utils/outreach/my-words';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { wordingFor } from '@/utils/outreach/wording';
import * as state from './state';

/** What is typed, per language, until saved. */
const typed = signal<Partial<Record<DraftLanguage, MyWords>>>({});
const saving = signal<{ busy: boolean; error?: string }>({ busy: false });

async function save(language: DraftLanguage): Promise<void> {
  saving.value = { busy: true };
  const me = readMe({ ...state.me.value, wordsIn: withMyWordsIn(state.me.value.wordsIn, language, typed.value[language]) });
  const answer = await askWorker('saveSettings', { me });
  saving.value = answer.ok ? { busy: false } : { busy: false, error: answer.error };
  if (answer.ok) state.me.value = me;
}

export function MyWordsView() {
  const language = state.draftLanguage.value;
  const me = state.me.value;
  const words = typed.value[language] ?? {};
  // The sentences as a draft in this language will write them: with these words and none of Me's others.
  const asDrafted = { ...meIn({ ...me, wordsIn: withMyWordsIn(me.wordsIn, language, words) }, language), language };
  const sentences = sentencesShown(asDrafted, wordingFor(language));
  return (
    <MyWordsAsked
      language={language}
      mine={me.language}
      words={words}
      mineWords={me}
      sentences={sentences}
      saving={saving.value.busy}
      {...(saving.value.error && { error: saving.value.error })}
      onWord={(field, value) => (typed.value = withMyWordsIn(typed.value, language, { ...words, [field]: value }))}
      onSave={() => void save(language)}
      onBack={() => void state.chooseLanguage(me.language)}
    />
  );
}
