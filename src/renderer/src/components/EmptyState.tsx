import { api } from '../state/api';
import { IcsImportButton } from './IcsImportButton';
import { useApp } from '../state/context';

/** No applications yet: teach the three ways in (connect, import, sample). */
export function EmptyState() {
  const { act, go } = useApp();
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">No interviews yet</h2>
      <p>
        Tactful reads your calendar, finds the job interviews in it, and tells you when to send a thank-you note and
        when to follow up. Start in one of three ways:
      </p>
      <ul className="ways">
        <li>
          <strong>Connect Google Calendar.</strong> Tactful reads your events and keeps its reminders in a calendar of
          its own.
          <button type="button" className="button" onClick={() => go('settings')}>
            Connect Google Calendar…
          </button>
        </li>
        <li>
          <strong>Import an .ics file</strong> exported from Outlook, Apple Calendar or any other calendar.
          <IcsImportButton />
        </li>
        <li>
          <strong>Try the sample data</strong> to see how it works first. You can leave it with one click.
          <button
            type="button"
            className="button"
            onClick={() => void act(() => api().setSampleMode({ enabled: true }), 'Showing sample data.')}
          >
            Try the sample data
          </button>
        </li>
      </ul>
    </section>
  );
}
