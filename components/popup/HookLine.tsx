import type { ComponentChildren } from 'preact';
import type { Hook } from '@/utils/outreach/hooks';
import { hookSource, text } from './text';

interface Props {
  /** The hook the opening cites, if any. */
  hook?: Hook;
  /** The list to choose from (HookPicker), shown when the line is opened. */
  children: ComponentChildren;
}

/** The cited hook in one line ("Citing: Post: … · change"); opening it shows every hook to choose from. */
export function HookLine({ hook, children }: Props) {
  return (
    <details class="hook-line" data-testid="hook-line">
      <summary>
        <span class="one-line">
          {hook ? (
            <>
              {text.draft.citing}: <span class="hook-source">{hookSource(hook)}: </span>
              {hook.text}
            </>
          ) : (
            text.draft.citingNothing
          )}
        </span>
        <span class="change"> · {text.draft.change}</span>
      </summary>
      {children}
    </details>
  );
}
