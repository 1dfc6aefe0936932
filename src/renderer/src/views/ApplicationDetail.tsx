import { useEffect, useRef } from 'react';
import type { ApplicationView } from '../../../shared/ipc/contract';
import { OutcomeButtons } from '../components/OutcomeButtons';
import { StageBadge } from '../components/StageBadge';
import { DetailEdit } from './DetailEdit';
import { DetailRounds } from './DetailRounds';
import { DetailSteps } from './DetailSteps';
import { StatedTimeline } from './StatedTimeline';
import { ExportButton } from '../components/ExportButton';

/** The application beside the timeline: rounds, timeline, steps with reasons, notes, outcome. */
export function ApplicationDetail({ view, onClose }: { view: ApplicationView; onClose: () => void }) {
  const app = view.application;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <aside className="detail" aria-labelledby="detail-title" data-testid="detail">
      <div className="detail-head">
        <div>
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            {app.company}
          </h2>
          <p className="muted">{app.role ?? 'Role not named'}</p>
        </div>
        <button type="button" className="button small quiet" onClick={onClose} aria-keyshortcuts="Escape">
          Close <span className="muted">Esc</span>
        </button>
      </div>
      <p className="detail-stage">
        <StageBadge stage={view.plan.stage} label={view.plan.stageLabel} />
      </p>
      {view.plan.note ? <p className="plan-note">{view.plan.note}</p> : null}
      <section aria-label="What happened" className="detail-section">
        <h3>What happened</h3>
        <OutcomeButtons view={view} />
      </section>
      <StatedTimeline view={view} />
      <DetailSteps view={view} />
      <DetailRounds view={view} />
      <DetailEdit view={view} />
      <section className="detail-section" aria-label="Export">
        <ExportButton applicationId={app.id} label="Export this application's reminders (.ics)" />
      </section>
    </aside>
  );
}
