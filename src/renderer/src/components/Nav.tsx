import { useState } from 'react';
import { dueCount } from '../lib/steps';
import { api } from '../state/api';
import { useApp, type ViewName } from '../state/context';

const items: { view: ViewName; label: string; key: string }[] = [
  { view: 'today', label: 'Today', key: '1' },
  { view: 'timeline', label: 'Timeline', key: '2' },
  { view: 'review', label: 'Review', key: '3' },
  { view: 'settings', label: 'Settings', key: '4' },
];

/** Left navigation: the four views with their counts, the sample-data badge and About. */
export function Nav({ view, onView, onAbout }: { view: ViewName; onView: (v: ViewName) => void; onAbout: () => void }) {
  const { overview, act } = useApp();
  const [explain, setExplain] = useState(false);
  const counts: Partial<Record<ViewName, number>> = {
    today: dueCount(overview.applications),
    review: overview.review.length,
  };
  return (
    <nav className="nav" aria-label="Views">
      <p className="brand">Tactful</p>
      <ul className="nav-list">
        {items.map((item) => {
          const count = counts[item.view];
          const countLabel = item.view === 'today' ? `${count} due` : `${count} to review`;
          return (
            <li key={item.view}>
              <button
                type="button"
                className="nav-item"
                aria-current={view === item.view ? 'page' : undefined}
                aria-keyshortcuts={item.key}
                onClick={() => onView(item.view)}
              >
                <span>{item.label}</span>
                {count ? (
                  <span className="count" aria-label={countLabel}>
                    {count}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="nav-foot">
        {overview.sampleMode ? (
          <div className="sample">
            <button type="button" className="sample-badge" aria-expanded={explain} onClick={() => setExplain((v) => !v)}>
              Sample data <span className="info-dot" aria-hidden="true">i</span>
            </button>
            {explain ? (
              <p className="sample-help">
                You are looking at made-up applications so you can see how Tactful works. Nothing is written to any
                calendar.
              </p>
            ) : null}
            <button
              type="button"
              className="button small"
              onClick={() => void act(() => api().setSampleMode({ enabled: false }), 'Sample data removed.')}
            >
              Use my own calendar
            </button>
          </div>
        ) : null}
        <button type="button" className="link-button" onClick={onAbout}>
          About Tactful
        </button>
      </div>
    </nav>
  );
}
