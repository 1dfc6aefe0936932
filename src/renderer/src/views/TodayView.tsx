import { useMemo, useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { todoItems } from '../lib/steps';
import { useApp } from '../state/context';
import { TodoCard } from './TodoCard';

const PAGE = 20;

/** Today: what to do now, in order: overdue, due, then what opens this week. */
export function TodayView({ onOpen }: { onOpen: (applicationId: string) => void }) {
  const { overview, fmt } = useApp();
  const items = useMemo(() => todoItems(overview.applications, overview.now), [overview]);
  // A long backlog would bury the first thing to do (and slow the window): show a calm page of it.
  const [limit, setLimit] = useState(PAGE);
  if (overview.applications.length === 0) return <EmptyState />;
  const allNow = items.filter((i) => i.urgency !== 'soon');
  const allSoon = items.filter((i) => i.urgency === 'soon');
  const now = allNow.slice(0, limit);
  const soon = allSoon.slice(0, Math.max(0, limit - allNow.length));
  const hidden = allNow.length + allSoon.length - now.length - soon.length;
  const upcoming = overview.applications
    .flatMap((v) => v.plan.steps.filter((s) => s.status === 'upcoming').map((s) => s.dueStart))
    .sort()[0];
  return (
    <div className="view today-view">
      {now.length === 0 ? (
        <section className="calm" aria-label="Nothing due">
          <h2>Nothing to send today.</h2>
          <p className="muted">
            {upcoming ? `The next step opens ${fmt.relative(upcoming)}, ${fmt.day(upcoming)}.` : 'No steps are planned.'} Waiting
            is part of the process; your energy is well spent on other applications.
          </p>
        </section>
      ) : (
        <section aria-label="Due now" className="todo-list">
          {now.map((item, i) => (
            <TodoCard key={item.step.id} item={item} onOpen={onOpen} expanded={i === 0} />
          ))}
        </section>
      )}
      {soon.length ? (
        <section aria-labelledby="soon-title" className="todo-list">
          <h2 id="soon-title" className="section-title">
            Coming up this week
          </h2>
          {soon.map((item) => (
            <TodoCard key={item.step.id} item={item} onOpen={onOpen} expanded={false} />
          ))}
        </section>
      ) : null}
      {hidden > 0 ? (
        <p>
          <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE * 2)}>
            Show {Math.min(hidden, PAGE * 2)} more of {hidden}
          </button>
        </p>
      ) : null}
    </div>
  );
}
