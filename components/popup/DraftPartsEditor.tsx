import type { DraftParts } from '@/utils/outreach/compose';
import { text } from './text';

type PartName = Exclude<keyof DraftParts, 'lead'>;

const partLabels: Record<PartName, string> = {
  subject: text.draft.subjectPart,
  opening: text.draft.opening,
  introduction: text.draft.introduction,
  ask: text.draft.ask,
  close: text.draft.close,
};

interface Props {
  parts: DraftParts;
  hasSubject: boolean;
  onPart: (part: PartName, value: string) => void;
}

/** Journey 3: the guide's five parts of a strong outreach message, each visible and editable. */
export function DraftPartsEditor({ parts, hasSubject, onPart }: Props) {
  // In the order the message reads: who I am first when that wording leads with it.
  const body: PartName[] = parts.lead === 'introduction' ? ['introduction', 'opening', 'ask', 'close'] : ['opening', 'introduction', 'ask', 'close'];
  const names: PartName[] = hasSubject ? ['subject', ...body] : body;
  return (
    <fieldset class="parts">
      <legend>{text.draft.parts}</legend>
      {names.map((name) => (
        <label key={name} class="stacked">
          {partLabels[name]}
          <textarea
            rows={name === 'subject' ? 1 : 2}
            value={parts[name] ?? ''}
            onInput={(e) => onPart(name, e.currentTarget.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
