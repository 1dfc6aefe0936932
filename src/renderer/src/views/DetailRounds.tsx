import { useState } from 'react';
import type { ApplicationView } from '../../../shared/ipc/contract';
import { api } from '../state/api';
import { useApp } from '../state/context';

const kindWords = { phone: 'Phone', video: 'Video', onsite: 'On site' } as const;

/** Interview rounds (date, kind, interviewers), with split-out and merge for grouping mistakes. */
export function DetailRounds({ view }: { view: ApplicationView }) {
  const { fmt, act, overview } = useApp();
  const [mergeFrom, setMergeFrom] = useState('');
  const others = overview.applications.filter((v) => v.application.id !== view.application.id);
  const rounds = [...view.interviews].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return (
    <section className="detail-section" aria-labelledby="rounds-title">
      <h3 id="rounds-title">Interview rounds</h3>
      <ol className="rounds">
        {rounds.map((i) => (
          <li key={i.id} className={i.status === 'cancelled' ? 'cancelled' : undefined}>
            <p>
              <span aria-hidden="true">◆ </span>
              Round {i.round} · {kindWords[i.kind]} · {fmt.dayTime(i.start)}
              {i.status === 'cancelled' ? ' · cancelled' : ''}
            </p>
            <p className="muted event-title">{i.title}</p>
            {i.interviewers.length ? (
              <p className="muted">With {i.interviewers.map((p) => p.name || p.email || 'someone').join(', ')}</p>
            ) : null}
            {rounds.length > 1 ? (
              <button
                type="button"
                className="button small quiet"
                onClick={() => void act(() => api().splitInterview({ interviewId: i.id }), 'Moved into its own application.')}
              >
                Split into its own application
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {others.length ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!mergeFrom) return;
            void act(
              () => api().mergeApplications({ targetId: view.application.id, sourceIds: [mergeFrom] }),
              'Merged into this application.',
            );
            setMergeFrom('');
          }}
        >
          <label className="field grow">
            <span>Same process under another name? Merge it in</span>
            <select value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
              <option value="">Choose an application…</option>
              {others.slice(0, 500).map((v) => (
                <option key={v.application.id} value={v.application.id}>
                  {v.application.company}
                  {v.application.role ? ` · ${v.application.role}` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={!mergeFrom}>
            Merge
          </button>
        </form>
      ) : null}
    </section>
  );
}
