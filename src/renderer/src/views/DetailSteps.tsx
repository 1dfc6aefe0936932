import type { ApplicationView } from '../../../shared/ipc/contract';
import type { PlannedStep } from '../../../shared/domain/plan';
import { StepActions } from '../components/StepActions';
import { Why } from '../components/Why';
import { stepTitle } from '../lib/steps';
import { api } from '../state/api';
import { useApp } from '../state/context';

const statusWords: Record<PlannedStep['status'], string> = {
  upcoming: 'Planned',
  due: 'Due now',
  overdue: 'Overdue',
  done: 'Sent',
  skipped: 'Skipped',
  superseded: 'Replaced by a later round',
};

/** Every step with its reason; sent steps form the history of what was sent and when. */
export function DetailSteps({ view }: { view: ApplicationView }) {
  const { fmt, act } = useApp();
  const steps = view.plan.steps.filter((s) => s.kind !== 'ask-timeline' || s.status !== 'superseded');
  const history = steps.filter((s) => s.status === 'done' || s.status === 'skipped');
  const plan = steps.filter((s) => s.status !== 'done' && s.status !== 'skipped');
  const whenOf = (s: PlannedStep) =>
    s.status === 'done' && s.doneAt
      ? `sent ${fmt.dayTime(s.doneAt)}`
      : s.status === 'skipped'
        ? `skipped${s.doneAt ? ` ${fmt.day(s.doneAt)}` : ''}`
        : `${fmt.day(s.dueStart)} (${fmt.relative(s.dueStart)})`;
  return (
    <>
      <section className="detail-section" aria-labelledby="plan-title">
        <h3 id="plan-title">Plan</h3>
        {plan.length === 0 ? <p className="muted">Nothing left to send for this application.</p> : null}
        <ol className="step-list">
          {plan.map((s) => (
            <li key={s.id} className={`step ${s.status}${s.id === view.plan.nextStepId ? ' next' : ''}`} data-step-kind={s.kind}>
              <p className="step-head">
                <span>{stepTitle(s)}</span>
                <span className={`step-status ${s.status}`}>{statusWords[s.status]}</span>
              </p>
              <p className="muted">{whenOf(s)}</p>
              <div className="reason">
                {s.reason} <Why step={s} />
              </div>
              {s.kind !== 'ask-timeline' && s.status !== 'superseded' ? (
                <StepActions applicationId={view.application.id} step={s} />
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section className="detail-section" aria-labelledby="history-title">
        <h3 id="history-title">History</h3>
        {history.length === 0 ? (
          <p className="muted">Nothing sent yet.</p>
        ) : (
          <ol className="history">
            {history.map((s) => (
              <li key={s.id}>
                <span className="history-what">
                  {stepTitle(s)}
                  <span className="muted"> · {whenOf(s)}</span>
                </span>
                <button
                  type="button"
                  className="button small quiet"
                  onClick={() => void act(() => api().markStep({ applicationId: view.application.id, stepId: s.id, state: 'open' }), 'Reopened.')}
                >
                  Undo
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
