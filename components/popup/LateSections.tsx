import type { ProfileField } from '@/utils/linkedin/profile';
import { uiLocale } from '@/utils/ui-text';
import { text } from './text';

/**
 * A quiet line while LinkedIn is still filling in sections of the profile ("Still loading on the
 * page: Experience, Activity…"); the draft follows once they come. Always in the page as a
 * status region, so a screen reader hears the line when it appears and when it goes.
 */
export function LateSections({ sections }: { sections: readonly ProfileField[] }) {
  const names = sections.flatMap((field) => (field in text.lateSections.names ? [text.lateSections.names[field as keyof typeof text.lateSections.names]] : []));
  return (
    <div role="status" data-testid="late-sections">
      {names.length > 0 && <p class="muted">{text.lateSections.line(new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'short' }).format(names))}</p>}
    </div>
  );
}
