import type { DraftLanguage } from '@/utils/outreach/their-language';
import { type Tone, tones } from '@/utils/outreach/write-draft';
import { LanguageOptions } from '../LanguageOptions';
import { text } from './text';

interface Props {
  minutes: 15 | 20;
  tone: Tone;
  onMinutes: (minutes: 15 | 20) => void;
  onTone: (tone: Tone) => void;
  onAnotherWording: () => void;
  language: DraftLanguage;
  onLanguage: (language: DraftLanguage) => void;
}

/** Journey 3: how long the ask is, the wording, and the language it is written in. */
export function DraftControls(props: Props) {
  return (
    <div class="controls">
      <label>
        {text.draft.minutes}
        <select
          value={String(props.minutes)}
          onChange={(e) => props.onMinutes(e.currentTarget.value === '15' ? 15 : 20)}
        >
          {[15, 20].map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {text.draft.minutesOption(minutes)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.draft.tone}
        <select value={props.tone} onChange={(e) => props.onTone(tones.find((tone) => tone === e.currentTarget.value) ?? 'warm')}>
          {tones.map((tone) => (
            <option key={tone} value={tone}>
              {text.draft.tones[tone]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.draft.language}
        <select value={props.language} data-testid="draft-language" onChange={(e) => props.onLanguage(e.currentTarget.value as DraftLanguage)}>
          <LanguageOptions />
        </select>
      </label>
      <button type="button" class="secondary" onClick={props.onAnotherWording}>
        {text.draft.anotherWording}
      </button>
    </div>
  );
}
