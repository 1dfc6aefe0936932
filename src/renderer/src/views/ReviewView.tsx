import { useEffect, useRef, useState } from 'react';
import { api } from '../state/api';
import { useApp } from '../state/context';
import { ReviewCard } from './ReviewCard';

/** Interviews detected since the last look: confirm, correct or dismiss each one. */
export function ReviewView() {
  const { overview, act } = useApp();
  // Remember what was new when the view opened, so the "new" marks stay while the user reads.
  const [newIds] = useState(() => new Set(overview.review.filter((r) => r.isNew).map((r) => r.interview.id)));
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !overview.review.some((r) => r.isNew)) return;
    marked.current = true;
    void act(() => api().markReviewSeen({}));
  }, [overview.review, act]);

  if (overview.review.length === 0) {
    return (
      <div className="view">
        <section className="calm" aria-label="Nothing to review">
          <h2>Nothing to review.</h2>
          <p className="muted">
            When Tactful finds an event that looks like an interview but is not sure, it asks you here first. Confirmed
            interviews appear on the Timeline.
          </p>
        </section>
      </div>
    );
  }
  return (
    <div className="view review-view">
      <p className="lede">
        Tactful thinks these events are job interviews. Confirm the right ones; correct the company, role or kind when
        it guessed wrong; dismiss the rest, and their follow-ups and reminders go with them.
      </p>
      <ul className="review-list" aria-label="Detected interviews">
        {overview.review.map((item) => (
          <ReviewCard key={item.interview.id} item={item} isNew={newIds.has(item.interview.id)} />
        ))}
      </ul>
    </div>
  );
}
