import { memo, useMemo, type KeyboardEvent } from 'react';
import type { ApplicationView } from '../../../shared/ipc/contract';
import { StageBadge } from '../components/StageBadge';
import { laneGeometry, type AxisRange } from '../lib/lanes';
import { nextStep, stepTitle } from '../lib/steps';
import { useApp } from '../state/context';

interface LaneProps {
  view: ApplicationView;
  index: number;
  top: number;
  height: number;
  range: AxisRange;
  selected: boolean;
  tabbable: boolean;
  /** Stable callbacks (they take the lane's index), so memo skips lanes that did not change. */
  onOpen: (index: number, id: string) => void;
  onKeyDown: (event: KeyboardEvent, index: number, id: string) => void;
  onFocus: (index: number) => void;
}

/** One application's lane: company and role, the stage in words, and its marks on the axis. */
export const Lane = memo(function Lane({ view, index, top, height, range, selected, tabbable, onOpen, onKeyDown, onFocus }: LaneProps) {
  const { fmt, nowMs } = useApp();
  const app = view.application;
  const geometry = useMemo(() => laneGeometry(view, range, nowMs, fmt.day), [view, range, nowMs, fmt]);
  const next = nextStep(view);
  const nextWords = next
    ? `Next: ${stepTitle(next)}, ${next.status === 'overdue' ? 'overdue' : next.status === 'due' ? 'due now' : fmt.relative(next.dueStart)}.`
    : '';
  const summary = `${app.company}${app.role ? `, ${app.role}` : ''}. ${view.plan.stageLabel}. ${nextWords}`;
  return (
    <div role="listitem" className="lane-item" style={{ transform: `translateY(${top}px)`, height }}>
      <button
        type="button"
        className={selected ? 'lane selected' : 'lane'}
        data-lane-index={index}
        data-application-id={app.id}
        data-stage={view.plan.stage}
        tabIndex={tabbable ? 0 : -1}
        aria-label={summary}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(index, app.id)}
        onKeyDown={(e) => onKeyDown(e, index, app.id)}
        onFocus={() => onFocus(index)}
      >
        <span className="lane-label">
          <span className="lane-company">{app.company}</span>
          <span className="lane-role">{app.role ?? 'Role not named'}</span>
          <StageBadge stage={view.plan.stage} label={view.plan.stageLabel} />
        </span>
        <span className="lane-track">
          {geometry.before ? <span className="edge left" title="Earlier marks off the left edge">‹</span> : null}
          {geometry.spans.map((s, i) => (
            <span
              key={`s${i}`}
              className={`span span-${s.type} tone-${s.tone}`}
              style={{ left: `${s.x1 * 100}%`, width: `${(s.x2 - s.x1) * 100}%` }}
            >
              {s.label ? <span className="span-label">{s.label}</span> : null}
            </span>
          ))}
          {geometry.points.map((p, i) => (
            <span
              key={p.stepId ?? `p${i}`}
              className={`mark mark-${p.type} tone-${p.tone}${p.lifted ? ' lifted' : ''}`}
              style={{ left: `${p.x * 100}%` }}
              title={p.label}
            >
              {p.type === 'end' ? <span className="end-label">{p.label.split(' · ')[0]}</span> : p.glyph}
            </span>
          ))}
          {geometry.after ? <span className="edge right" title="Later marks off the right edge">›</span> : null}
        </span>
      </button>
    </div>
  );
});
