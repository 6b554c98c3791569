import { useState } from 'preact/hooks';
import { stageLabels } from '@/components/stage-labels';
import { stages, type Stage } from '@/utils/relationship/stages';
import { dashboardText as text } from './dashboard-text';

interface Props {
  current: Stage;
  /** "Not now": the earliest day to pick and the day offered first (yyyy-mm-dd, in Me's zone). */
  today: string;
  inAMonth: string;
  /** The new stage; for "not now", the day they named (yyyy-mm-dd). */
  onChange: (stage: Stage, until?: string) => void;
}

/** Moves a contact to another stage by hand; the plan of follow-ups follows. "Not now" asks until when. */
export function StageChanger({ current, today, inAMonth, onChange }: Props) {
  const [stage, setStage] = useState<Stage>(current);
  const [until, setUntil] = useState(inAMonth);
  const notNow = stage === 'not-now';
  return (
    <form
      class="actions stage-changer"
      onSubmit={(event) => {
        event.preventDefault();
        if (notNow) onChange(stage, until);
        else onChange(stage);
      }}
    >
      <label>
        {text.stage.label}{' '}
        <select value={stage} onChange={(event) => setStage(event.currentTarget.value as Stage)}>
          {stages.map((option) => (
            <option key={option} value={option}>
              {stageLabels[option]}
            </option>
          ))}
        </select>
      </label>
      {notNow && (
        <label>
          {text.stage.notNowUntil}{' '}
          <input type="date" required min={today} value={until} onInput={(event) => setUntil(event.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="secondary" disabled={stage === current && !notNow}>
        {text.stage.change}
      </button>
    </form>
  );
}
