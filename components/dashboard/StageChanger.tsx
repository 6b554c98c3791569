import { useState } from 'preact/hooks';
import { stageLabels } from '@/components/stage-labels';
import { stages, type Stage } from '@/utils/relationship/stages';
import { dashboardText as text } from './dashboard-text';

/** Moves a contact to another stage by hand; the plan of follow-ups follows. */
export function StageChanger({ current, onChange }: { current: Stage; onChange: (stage: Stage) => void }) {
  const [stage, setStage] = useState<Stage>(current);
  return (
    <div class="actions stage-changer">
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
      <button type="button" class="secondary" disabled={stage === current} onClick={() => onChange(stage)}>
        {text.stage.change}
      </button>
    </div>
  );
}
