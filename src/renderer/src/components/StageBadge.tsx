import type { Stage } from '../../../shared/domain/plan';
import { stageNames } from '../lib/steps';

/** The stage as a word with a colour-blind-safe dot: colour is never the only signal. */
export function StageBadge({ stage, label }: { stage: Stage; label?: string }) {
  return (
    <span className={`stage stage-${stage}`} title={label ?? stageNames[stage]}>
      <span className="stage-dot" aria-hidden="true" />
      {label ?? stageNames[stage]}
    </span>
  );
}
