import type { PlannedStep } from '../../../shared/domain/plan';
import { draftText } from '../lib/steps';
import { api } from '../state/api';
import { useApp } from '../state/context';
import { SnoozeMenu } from './SnoozeMenu';

/** One click for each thing a person does with a step: copy, open in mail, mark sent, snooze. */
export function StepActions({ applicationId, step, compact }: { applicationId: string; step: PlannedStep; compact?: boolean }) {
  const { act, say } = useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draftText(step));
      say('Draft copied. Paste it into your mail and make it yours.');
    } catch {
      say('Could not copy: select the draft text and copy it by hand.', 'error');
    }
  };
  const open = step.status === 'due' || step.status === 'overdue' || step.status === 'upcoming';
  return (
    <div className="actions" role="group" aria-label="Step actions">
      {step.draft ? (
        <button type="button" className="button" onClick={() => void copy()}>
          Copy draft
        </button>
      ) : null}
      {/* mailto: is handed to the OS mail client by main; openExternal is https-only by design. */}
      {step.draft?.mailto ? (
        <a className="button" href={step.draft.mailto}>
          Open in mail
        </a>
      ) : null}
      {open ? (
        <button
          type="button"
          className="button primary"
          onClick={() => void act(() => api().markStep({ applicationId, stepId: step.id, state: 'sent' }), 'Marked as sent.')}
        >
          Mark sent
        </button>
      ) : (
        <button
          type="button"
          className="button quiet"
          onClick={() => void act(() => api().markStep({ applicationId, stepId: step.id, state: 'open' }), 'Reopened.')}
        >
          Undo
        </button>
      )}
      {open ? <SnoozeMenu applicationId={applicationId} step={step} /> : null}
      {open && !compact ? (
        <button
          type="button"
          className="button quiet"
          onClick={() => void act(() => api().markStep({ applicationId, stepId: step.id, state: 'skipped' }), 'Skipped.')}
        >
          Skip
        </button>
      ) : null}
    </div>
  );
}
