import { text } from './text';

interface Props {
  minutes: 15 | 20;
  tone: 'warm' | 'concise';
  onMinutes: (minutes: 15 | 20) => void;
  onTone: (tone: 'warm' | 'concise') => void;
  onAnotherWording: () => void;
}

/** Journey 3: how long the ask is, and the wording. */
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
        <select value={props.tone} onChange={(e) => props.onTone(e.currentTarget.value === 'concise' ? 'concise' : 'warm')}>
          <option value="warm">{text.draft.tones.warm}</option>
          <option value="concise">{text.draft.tones.concise}</option>
        </select>
      </label>
      <button type="button" class="secondary" onClick={props.onAnotherWording}>
        {text.draft.anotherWording}
      </button>
    </div>
  );
}
