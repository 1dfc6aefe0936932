import { useId, useState } from 'react';
import type { PlannedStep } from '../../../shared/domain/plan';
import { articleTitles, stepRules } from '../lib/steps';
import { useApp } from '../state/context';

/** "Why?": the rule in plain words and the source article with a link (the reason is shown beside it). */
export function Why({ step }: { step: PlannedStep }) {
  const { openRule } = useApp();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        Why?
      </button>
      {open ? (
        <div className="why" id={id}>
          <p>{stepRules[step.kind]}</p>
          <p className="muted">
            Source: <cite>{articleTitles[step.source] ?? step.source}</cite>.{' '}
            <button type="button" className="link-button" onClick={() => openRule(step.kind)}>
              Read the rule
            </button>
          </p>
        </div>
      ) : null}
    </>
  );
}
