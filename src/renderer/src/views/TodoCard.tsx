import type { TodoItem } from '../lib/steps';
import { overdueNote, stepTitle } from '../lib/steps';
import { StepActions } from '../components/StepActions';
import { OutcomeButtons } from '../components/OutcomeButtons';
import { StageBadge } from '../components/StageBadge';
import { Why } from '../components/Why';
import { useApp } from '../state/context';

/** One thing to do: who, what, when, why, the draft, and the buttons to act on it. */
export function TodoCard({ item, onOpen, expanded }: { item: TodoItem; onOpen: (id: string) => void; expanded: boolean }) {
  const { fmt } = useApp();
  const { view, step, urgency } = item;
  const app = view.application;
  const title = `${stepTitle(step)}`;
  const daysLate = -fmt.daysFromNow(step.dueEnd);
  const when =
    urgency === 'overdue'
      ? `was due by ${fmt.day(step.dueEnd)}`
      : urgency === 'due'
        ? `due ${fmt.relative(step.dueEnd)}, by ${fmt.time(step.dueEnd)}`
        : `opens ${fmt.relative(step.dueStart)}, ${fmt.day(step.dueStart)}`;
  const headingId = `todo-${step.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <article className={`card todo ${urgency}`} aria-labelledby={headingId} data-step-id={step.id}>
      <div className="todo-head">
        <h2 className="todo-title" id={headingId}>
          {title} <span className="muted">·</span> {app.company}
          {app.role ? <span className="muted"> · {app.role}</span> : null}
        </h2>
        <p className={`when ${urgency}`}>
          {urgency === 'overdue' ? <span aria-hidden="true">! </span> : null}
          {urgency === 'overdue' ? 'Overdue: ' : urgency === 'due' ? 'Due now: ' : 'Soon: '}
          {when}
        </p>
      </div>
      {/* The planner's reason already says how late and why it is still worth it; add it only if not. */}
      {urgency === 'overdue' && !/past|late/i.test(step.reason) ? <p className="overdue-note">{overdueNote(step, daysLate)}</p> : null}
      <div className={urgency === 'overdue' ? 'reason overdue-reason' : 'reason'}>
        {step.reason} <Why step={step} />
      </div>
      <div className="todo-meta">
        <StageBadge stage={view.plan.stage} label={view.plan.stageLabel} />
        <span className="muted">by {step.channel}</span>
        <button type="button" className="link-button" onClick={() => onOpen(app.id)}>
          Open application
        </button>
      </div>
      {step.draft ? (
        <details className="draft" open={expanded}>
          <summary>Draft{step.draft.subject ? `: ${step.draft.subject}` : ''}</summary>
          <pre className="draft-body">{step.draft.body}</pre>
        </details>
      ) : step.kind !== 'ask-timeline' ? (
        <p className="muted">Your draft will be ready here when this step comes up.</p>
      ) : null}
      <StepActions applicationId={app.id} step={step} compact />
      <OutcomeButtons view={view} compact />
    </article>
  );
}
