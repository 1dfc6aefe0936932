import { useState } from 'react';
import type { ReviewItem } from '../../../shared/ipc/contract';
import type { InterviewKind } from '../../../shared/domain/application';
import { api } from '../state/api';
import { useApp } from '../state/context';

const kinds: { value: InterviewKind; label: string }[] = [
  { value: 'video', label: 'Video call' },
  { value: 'phone', label: 'Phone call' },
  { value: 'onsite', label: 'On site' },
];

/** One detected interview with the detector's reasons and confidence. */
export function ReviewCard({ item, isNew }: { item: ReviewItem; isNew: boolean }) {
  const { fmt, act } = useApp();
  const i = item.interview;
  const [correcting, setCorrecting] = useState(false);
  const [company, setCompany] = useState(item.company);
  const [role, setRole] = useState(item.role ?? '');
  const [kind, setKind] = useState<InterviewKind>(i.kind);
  const [error, setError] = useState('');
  const confidence = Math.round(i.confidence * 100);
  const level = confidence >= 80 ? 'likely' : confidence >= 50 ? 'possible' : 'unsure';
  const titleId = `review-${i.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  const confirm = (withEdits: boolean) => {
    if (withEdits && !company.trim()) return setError('The company needs a name.');
    setError('');
    void act(
      () =>
        api().reviewInterview({
          interviewId: i.id,
          decision: 'confirm',
          ...(withEdits ? { edits: { company: company.trim(), role: role.trim() || null, kind } } : {}),
        }),
      `Confirmed: ${withEdits ? company.trim() : item.company}. Its steps are on the timeline.`,
    );
  };

  return (
    <li className="card review" aria-labelledby={titleId} data-interview-id={i.id}>
      <div className="review-head">
        <h2 id={titleId} className="review-title">
          {item.company}
          {item.role ? <span className="muted"> · {item.role}</span> : null}
        </h2>
        {isNew ? <span className="pill">New</span> : null}
        <span className={`confidence ${level}`}>
          {level === 'likely' ? 'Likely an interview' : level === 'possible' ? 'Possibly an interview' : 'Not sure'} ({confidence}%)
        </span>
      </div>
      <p>
        <span className="event-title">{i.title}</span>
        <span className="muted"> · {fmt.dayTime(i.start)} · {kinds.find((k) => k.value === i.kind)?.label}</span>
      </p>
      {i.interviewers.length ? (
        <p className="muted">With {i.interviewers.map((p) => p.name || p.email || 'someone').join(', ')}</p>
      ) : null}
      {i.reasons.length ? (
        <>
          <p className="small-title">Why Tactful thinks so</p>
          <ul className="reasons">
            {i.reasons.map((r, n) => (
              <li key={n}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      {correcting ? (
        <form
          className="correct"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm(true);
          }}
        >
          <label className="field">
            <span>Company</span>
            <input value={company} onChange={(e) => setCompany(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? `${titleId}-err` : undefined} />
            {error ? (
              <span className="field-error" id={`${titleId}-err`}>
                {error}
              </span>
            ) : null}
          </label>
          <label className="field">
            <span>Role</span>
            <input value={role} onChange={(e) => setRole(e.target.value)} />
          </label>
          <label className="field">
            <span>Kind</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as InterviewKind)}>
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="submit" className="button primary">
              Save and confirm
            </button>
            <button type="button" className="button quiet" onClick={() => setCorrecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => confirm(false)}>
            Confirm
          </button>
          <button type="button" className="button" onClick={() => setCorrecting(true)}>
            Correct…
          </button>
          <button
            type="button"
            className="button quiet"
            onClick={() => void act(() => api().reviewInterview({ interviewId: i.id, decision: 'dismiss' }), 'Dismissed. Tactful will not ask again.')}
          >
            Dismiss
          </button>
        </div>
      )}
    </li>
  );
}
