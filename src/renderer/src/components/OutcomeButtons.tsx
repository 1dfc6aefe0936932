import type { ApplicationView } from '../../../shared/ipc/contract';
import type { OutcomeKind } from '../../../shared/domain/application';
import { api } from '../state/api';
import { useApp } from '../state/context';

const outcomes: { kind: OutcomeKind; label: string; done: string }[] = [
  { kind: 'offer', label: 'Offer', done: 'Congratulations! Recorded the offer.' },
  { kind: 'rejected', label: 'Rejected', done: 'Recorded. A gracious reply is planned; no more follow-ups.' },
  { kind: 'withdrawn', label: 'Withdrawn', done: 'Recorded that you withdrew.' },
];

/** "Heard back" and the three outcomes; the current one can be undone. */
export function OutcomeButtons({ view, compact }: { view: ApplicationView; compact?: boolean }) {
  const { act } = useApp();
  const applicationId = view.application.id;
  const current = view.application.decisions.outcome?.kind;
  const heard = Boolean(view.application.decisions.heardBackAt);
  return (
    <div className={compact ? 'actions outcomes compact' : 'actions outcomes'} role="group" aria-label="What happened">
      {compact ? <span className="muted outcomes-label">They replied:</span> : null}
      <button
        type="button"
        className={compact ? 'button small quiet' : 'button'}
        aria-pressed={heard}
        onClick={() =>
          void act(
            () => api().recordHeardBack({ applicationId, heard: !heard }),
            heard ? 'Cleared “heard back”.' : 'Noted. Pending follow-ups for this round are cancelled.',
          )
        }
      >
        Heard back
      </button>
      {outcomes.map((o) => (
        <button
          key={o.kind}
          type="button"
          className={compact ? 'button small quiet' : 'button'}
          aria-pressed={current === o.kind}
          onClick={() =>
            void act(
              () => api().recordOutcome({ applicationId, outcome: current === o.kind ? null : o.kind }),
              current === o.kind ? 'Outcome cleared.' : o.done,
            )
          }
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
