import type { Hook } from '@/utils/outreach/hooks';
import { hookSource, text } from './text';

export const ownHookId = 'own';

interface Props {
  hooks: Hook[];
  /** The chosen hook's id, or ownHookId. */
  chosen: string;
  ownText: string;
  onChoose: (id: string) => void;
  onOwnText: (value: string) => void;
}

/** Journey 3: the specific things of theirs the opening can cite, best first, or my own. */
export function HookPicker({ hooks, chosen, ownText, onChoose, onOwnText }: Props) {
  return (
    <fieldset class="hooks">
      <legend>{text.draft.hooks}</legend>
      {hooks.length === 0 && <p class="muted">{text.draft.noHooks}</p>}
      {hooks.map((hook) => (
        <label key={hook.id} class="hook">
          <input
            type="radio"
            name="hook"
            value={hook.id}
            checked={chosen === hook.id}
            onChange={() => onChoose(hook.id)}
          />
          <span>
            <span class="hook-source">{hookSource(hook)}: </span>
            {hook.text}
          </span>
        </label>
      ))}
      <label class="hook">
        <input
          type="radio"
          name="hook"
          value={ownHookId}
          checked={chosen === ownHookId}
          onChange={() => onChoose(ownHookId)}
        />
        <span>{text.draft.ownHook}</span>
      </label>
      {chosen === ownHookId && (
        <label class="stacked">
          {text.draft.ownHookLabel}
          <input type="text" value={ownText} onInput={(e) => onOwnText(e.currentTarget.value)} />
        </label>
      )}
    </fieldset>
  );
}
