import { useState } from 'react';
import type { ApplicationView } from '../../../shared/ipc/contract';
import { api } from '../state/api';
import { useApp } from '../state/context';

/** "When will you hear back?" in the user's own words, shown back as the date it means. */
export function StatedTimeline({ view }: { view: ApplicationView }) {
  const { act } = useApp();
  const saved = view.application.decisions.statedTimeline?.text ?? '';
  const [text, setText] = useState(saved);
  const reading = view.plan.timeline;
  return (
    <section className="detail-section" aria-labelledby="timeline-title">
      <h3 id="timeline-title">When they said you would hear back</h3>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void act(
            () => api().setStatedTimeline({ applicationId: view.application.id, text: text.trim() }),
            text.trim() ? 'Timeline saved; the follow-up moved to match.' : 'Timeline cleared.',
          );
        }}
      >
        <label className="field grow">
          <span>In their words</span>
          <input
            name="statedTimeline"
            value={text}
            maxLength={500}
            placeholder="e.g. we'll get back to you within two weeks"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={text.trim() === saved.trim()}>
          Save
        </button>
      </form>
      {reading ? (
        reading.understood ? (
          <p className="reading" data-testid="timeline-reading">
            {reading.explanation}
          </p>
        ) : (
          <p className="reading gentle" data-testid="timeline-reading">
            Tactful could not read a date in “{reading.text}”, so it uses the usual wait. {reading.explanation} Try
            words like “within two weeks” or “by Friday”.
          </p>
        )
      ) : (
        <p className="muted">Nothing recorded. Without a stated timeline, Tactful waits about a week.</p>
      )}
    </section>
  );
}
