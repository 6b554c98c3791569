import { dashboardText as text } from './dashboard-text';
import { TimeZoneOptions } from '../TimeZoneOptions';

interface Props {
  myZone: string;
  /** The chat's time as the date-and-time field shows it, in my zone. */
  value: string;
  theirZone: string;
  timeZones: readonly string[];
  /** "You: Tue 1 Dec, 16:00 (Europe/Warsaw)", "Them: …" once a time is chosen. */
  times: string[];
  status: string;
  onValue: (value: string) => void;
  onTheirZone: (zone: string) => void;
  onSave: () => void;
  onDownload: () => void;
}

/** Scheduling the chat in both zones, and its calendar file (guide: own the logistics). */
export function MeetingPlanner(props: Props) {
  const ready = props.times.length > 0;
  return (
    <section aria-labelledby="meeting-heading" class="card meeting">
      <h2 id="meeting-heading">{text.meeting.heading}</h2>
      <p class="why">{text.meeting.why}</p>
      <div class="actions">
        <label class="stacked">
          {text.meeting.mine(props.myZone)}
          <input type="datetime-local" value={props.value} onInput={(event) => props.onValue(event.currentTarget.value)} />
        </label>
        <label class="stacked">
          {text.meeting.theirs}
          <select value={props.theirZone} onChange={(event) => props.onTheirZone(event.currentTarget.value)}>
            <TimeZoneOptions
              zones={props.timeZones}
              {...(props.theirZone ? { selected: props.theirZone } : { emptyLabel: text.meeting.theirsUnknown })}
            />
          </select>
        </label>
      </div>
      {ready && (
        <ul class="meeting-times" data-testid="meeting-times">
          {props.times.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" disabled={!ready} onClick={props.onSave}>
          {text.meeting.save}
        </button>
        <button type="button" class="secondary" disabled={!ready} onClick={props.onDownload}>
          {text.meeting.download}
        </button>
      </div>
      <p role="status" class="status">
        {props.status}
      </p>
    </section>
  );
}
