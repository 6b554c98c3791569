import type { Me } from '@/utils/outreach/me';
import { guidanceKinds, meFields, type MeField } from './me-fields';
import type { MeValues } from './me-values';
import { TimeZoneOptions } from '../TimeZoneOptions';
import { LanguageOptions } from '../LanguageOptions';
import { t } from '@/utils/ui-text';
import { type SentenceField, sentenceFields } from '@/utils/outreach/me-sentences';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { SentencePreview } from './SentencePreview';

/** The fields whose words go into a sentence of a draft: each shows that sentence under it. */
const inASentence: ReadonlySet<keyof Me> = new Set(sentenceFields);

interface Props {
  /** The fields as typed: saving normalizes them, the form keeps what the user sees. */
  values: MeValues;
  timeZones: readonly string[];
  /** Gentle hints by field, shown under it (never blocking). */
  hints: Partial<Record<keyof Me, string>>;
  status: string;
  /** Each field's sentence in a draft, in Me's draft language (`language`). */
  sentences: Partial<Record<SentenceField, string>>;
  language: DraftLanguage;
  /** A shorter intro for notes, offered while the intro is long and no short one is set. */
  introCut?: { cut: string; sentence: string };
  onChange: (key: keyof Me, value: string) => void;
}

function Control({ field, values, timeZones, onChange }: { field: MeField } & Pick<Props, 'values' | 'timeZones' | 'onChange'>) {
  const id = `me-${field.key}`;
  const common = {
    id,
    name: field.key,
    'aria-describedby': inASentence.has(field.key) ? `${id}-why ${id}-sentence` : `${id}-why`,
    onInput: (e: Event) => onChange(field.key, (e.currentTarget as HTMLInputElement).value),
  };
  const value = values[field.key];
  switch (field.input) {
    case 'textarea':
      return <textarea {...common} rows={2} value={value} placeholder={field.example} />;
    case 'minutes':
    case 'account': {
      const options =
        field.input === 'minutes'
          ? [15, 20].map((minutes) => [String(minutes), t('common.minutes', minutes)])
          : [['free', t('me.accounts.free')], ['premium', t('me.accounts.premium')]];
      return (
        <select {...common} value={value}>
          {options.map(([option, label]) => (
            <option key={option} value={option}>
              {label}
            </option>
          ))}
        </select>
      );
    }
    case 'time-zone':
      return (
        <select {...common} value={value}>
          <TimeZoneOptions zones={timeZones} selected={value} />
        </select>
      );
    case 'language':
      return (
        <select {...common} value={value}>
          <LanguageOptions />
        </select>
      );
    case 'guidance':
      return (
        <>
          <input {...common} type="text" list="guidance-kinds" value={value} placeholder={field.example} />
          <datalist id="guidance-kinds">
            {guidanceKinds.map((kind) => (
              <option key={kind} value={kind} />
            ))}
          </datalist>
        </>
      );
    case 'count':
      return <input {...common} type="number" min={1} max={100} step={1} value={value} />;
    default:
      return <input {...common} type="text" value={value} placeholder={field.example} />;
  }
}

/** Journey 1: "Me", the guide's self-reflection. Saves as you type; hints never block. */
export function MeForm(props: Props) {
  return (
    <form class="me-form" onSubmit={(e) => e.preventDefault()} aria-describedby="me-status">
      <p id="me-status" role="status" class="status" data-testid="me-status">
        {props.status}
      </p>
      {meFields.map((field) => (
        <div class="field" key={field.key}>
          <label for={`me-${field.key}`}>{field.label}</label>
          <Control field={field} values={props.values} timeZones={props.timeZones} onChange={props.onChange} />
          <p id={`me-${field.key}-why`} class="why">
            {field.why}
            {field.example && <span class="example"> {t('me.example', field.example)}</span>}
          </p>
          {inASentence.has(field.key) && (
            <SentencePreview id={`me-${field.key}-sentence`} sentence={props.sentences[field.key as SentenceField]} language={props.language} />
          )}
          {field.key === 'introShort' && props.introCut && (
            <div class="cut" data-testid="intro-cut">
              <p>
                {t('me.cut.offer')} <q lang={props.language}>{props.introCut.sentence}</q>
              </p>
              <button type="button" class="secondary" onClick={() => props.onChange('introShort', props.introCut!.cut)}>
                {t('me.cut.use')}
              </button>
            </div>
          )}
          {props.hints[field.key] && (
            <p class="hint" role="note">
              ⓘ {props.hints[field.key]}
            </p>
          )}
        </div>
      ))}
    </form>
  );
}
