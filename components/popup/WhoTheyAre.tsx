import type { Profile } from '@/utils/linkedin/profile';
import type { TypedField } from '@/utils/sizing-up/typed-fields';
import { TimeZoneOptions } from '../TimeZoneOptions';
import { text } from './text';

const fieldLabels: Record<TypedField, string> = text.who.fields;

interface Props {
  profile: Profile;
  theirTime?: string;
  timeDifference?: string;
  timeZone?: string;
  /** The zone picker is drawn only when asked for (or when the zone is unknown): 400 options cost time. */
  choosingZone: boolean;
  timeZones: readonly string[];
  onChooseZone: () => void;
  onTimeZone: (zone: string) => void;
}

/** Journey 2: who this is, in two lines. Profile text is rendered as text, never as markup. */
export function WhoTheyAre(props: Props) {
  const { profile } = props;
  const role = [profile.current?.title, profile.current?.company].filter(Boolean).join(' · ');
  const about = profile.headline ?? role;
  return (
    <section aria-labelledby="who-heading" class="who">
      <h2 id="who-heading" class="visually-hidden">
        {text.who.heading}
      </h2>
      {/* Line one: who; the whole headline is a hover away when it is cut. */}
      <p class="one-line" title={[profile.name, about].filter(Boolean).join(' · ')}>
        {profile.name && (
          <strong class="person-name" data-testid="profile-name">
            {profile.name}
          </strong>
        )}
        {profile.name && about && ' · '}
        {profile.headline ? (
          <span class="muted" data-testid="profile-headline">
            {profile.headline}
          </span>
        ) : (
          role && <span data-testid="profile-role">{role}</span>
        )}
      </p>
      {/* Line two: where, and their time now (the zone a click away); it wraps rather than cut the time. */}
      <p>
        <span>
          {profile.location && <span data-testid="profile-location">{profile.location}</span>}
          {props.theirTime && (
            <span data-testid="their-time">
              {profile.location ? ' · ' : ''}
              {text.who.theirTime}: {text.who.timeAndDifference(props.theirTime, props.timeDifference)}
            </span>
          )}
        </span>
        {!props.choosingZone && (
          <>
            {' '}
            <button type="button" class="link" aria-label={text.who.changeZone} onClick={props.onChooseZone}>
              {text.draft.change}
            </button>
          </>
        )}
      </p>
      {props.choosingZone && (
        <label class="inline">
          {props.timeZone ? text.who.zone : text.who.zoneUnknown}{' '}
          <select value={props.timeZone ?? ''} onChange={(e) => props.onTimeZone(e.currentTarget.value)}>
            <TimeZoneOptions zones={props.timeZones} {...(props.timeZone && { selected: props.timeZone })} emptyLabel="—" />
          </select>
        </label>
      )}
    </section>
  );
}

/** Their name, when the page showed none: one line above the message, so Copy and Save stay in view. */
export function MissingName({ onEdit }: { onEdit: (field: TypedField, value: string) => void }) {
  return (
    <label class="missing-name">
      {fieldLabels.name}
      <input type="text" onInput={(e) => onEdit('name', e.currentTarget.value)} />
    </label>
  );
}

/** The fields the page did not show, to type in; the draft and their time follow. */
export function MissingFields({ missing, onEdit }: { missing: TypedField[]; onEdit: (field: TypedField, value: string) => void }) {
  if (missing.length === 0) return null;
  return (
    <fieldset class="missing">
      <legend>{text.who.missing}</legend>
      {missing.map((field) => (
        <label key={field}>
          {fieldLabels[field]}
          <input type="text" onInput={(e) => onEdit(field, e.currentTarget.value)} />
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Greet them as": the name the draft greets them by, shown and changeable; the draft follows at
 * once, and the contact keeps it for its follow-ups. Emptied, the draft's own choice shows greyed.
 */
export function GreetAs({ typed, greeted, onEdit }: { typed: string | undefined; greeted: string; onEdit: (field: TypedField, value: string) => void }) {
  return (
    <label class="inline greet-as">
      {fieldLabels.greetAs}{' '}
      <input type="text" value={typed ?? greeted} placeholder={greeted} aria-describedby="greet-as-hint" data-testid="greet-as" onInput={(e) => onEdit('greetAs', e.currentTarget.value)} />
      <span id="greet-as-hint" class="visually-hidden">
        {text.who.greetAsHint}
      </span>
    </label>
  );
}
