import type { Profile } from '@/utils/linkedin/profile';
import type { TypedField } from '@/utils/sizing-up/typed-fields';
import { TimeZoneOptions } from '../TimeZoneOptions';
import { text } from './text';

const fieldLabels: Record<TypedField, string> = {
  name: 'Name',
  headline: 'Headline',
  title: 'Current role',
  company: 'Organization',
  location: 'Location',
};

interface Props {
  profile: Profile;
  /** Fields the page did not show, offered as inputs. */
  missing: TypedField[];
  onEdit: (field: TypedField, value: string) => void;
  theirTime?: string;
  timeDifference?: string;
  timeZone?: string;
  /** The zone picker is drawn only when asked for (or when the zone is unknown): 400 options cost time. */
  choosingZone: boolean;
  timeZones: readonly string[];
  onChooseZone: () => void;
  onTimeZone: (zone: string) => void;
}

/** Journey 2: who this is. Profile text is rendered as text, never as markup. */
export function WhoTheyAre(props: Props) {
  const { profile, missing } = props;
  const role = [profile.current?.title, profile.current?.company].filter(Boolean).join(' · ');
  return (
    <section aria-labelledby="who-heading" class="card">
      <h2 id="who-heading" class="visually-hidden">
        {text.who.heading}
      </h2>
      {profile.name && (
        <p class="person-name" data-testid="profile-name">
          {profile.name}
        </p>
      )}
      {profile.headline && (
        <p class="muted" data-testid="profile-headline">
          {profile.headline}
        </p>
      )}
      {role && <p data-testid="profile-role">{role}</p>}
      <p>
        {profile.location && <span data-testid="profile-location">{profile.location}</span>}
        {props.theirTime && (
          <span data-testid="their-time">
            {profile.location ? ' — ' : ''}
            {text.who.theirTime}: {props.theirTime}
            {props.timeDifference ? ` (${props.timeDifference})` : ''}
          </span>
        )}
      </p>
      {props.choosingZone ? (
        <label class="inline">
          {props.timeZone ? text.who.zone : text.who.zoneUnknown}{' '}
          <select value={props.timeZone ?? ''} onChange={(e) => props.onTimeZone(e.currentTarget.value)}>
            <TimeZoneOptions zones={props.timeZones} {...(props.timeZone && { selected: props.timeZone })} emptyLabel="—" />
          </select>
        </label>
      ) : (
        <button type="button" class="link" onClick={props.onChooseZone}>
          {text.who.changeZone}
        </button>
      )}
      {missing.length > 0 && (
        <fieldset class="missing">
          <legend>{text.who.missing}</legend>
          {missing.map((field) => (
            <label key={field}>
              {fieldLabels[field]}
              <input type="text" onInput={(e) => props.onEdit(field, e.currentTarget.value)} />
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
