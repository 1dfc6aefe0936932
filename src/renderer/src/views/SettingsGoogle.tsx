import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { Field } from '../components/Field';
import { parseCalendarList } from '../lib/settingsForm';
import { api, messageOf } from '../state/api';
import { useApp } from '../state/context';
import type { SaveSection } from './SettingsView';
import { SettingsForm } from '../components/SettingsForm';

/** Google account, OAuth client, calendars to read, and where reminders go. */
export function SettingsGoogle({ settings, save }: { settings: Settings; save: SaveSection }) {
  const { overview, say } = useApp();
  const sync = overview.sync;
  const g = settings.google;
  const [clientId, setClientId] = useState(g.clientId);
  const [clientSecret, setClientSecret] = useState(g.clientSecret);
  const [calendars, setCalendars] = useState(g.calendarsToRead.join('\n'));
  const [target, setTarget] = useState(g.reminderTarget);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removeReminders, setRemoveReminders] = useState(true);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const account = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
    } catch (e) {
      say(messageOf(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const disconnect = async () => {
    const status = await api().disconnectGoogle({ removeReminders });
    if (status.lastError) say(status.lastError, 'error');
    else say(removeReminders ? 'Disconnected. Tactful’s reminders were removed from Google Calendar.' : 'Disconnected. The reminders stay in Google Calendar.');
  };
  const submit = async () => {
    const list = parseCalendarList(calendars);
    const errs: Record<string, string> = {};
    if (list.length === 0) errs.calendars = 'Read at least one calendar (use “primary” for your main one).';
    if (clientSecret && !clientId.trim()) errs.clientId = 'A client secret needs its client id.';
    setFieldErrors(errs);
    if (Object.keys(errs).length) return;
    setError(
      await save(
        { google: { clientId: clientId.trim(), clientSecret: clientSecret.trim(), calendarsToRead: list, reminderTarget: target } },
        'Google settings saved.',
      ),
    );
  };

  return (
    <section className="card settings-section" aria-labelledby="google-title">
      <h2 id="google-title">Google Calendar</h2>
      <div className="row">
        <p className="grow">
          {sync.google === 'connected'
            ? `Connected${sync.accountEmail ? ` as ${sync.accountEmail}` : ''}.`
            : sync.google === 'reconnect'
              ? 'Google asks you to sign in again.'
              : sync.configured
                ? 'Not connected.'
                : 'Not connected. Add an OAuth client id below first (see the README for how to get one).'}
        </p>
        {sync.google === 'connected' ? (
          <button type="button" className="button" disabled={busy} onClick={() => void account(disconnect)}>
            Disconnect
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            disabled={busy || !sync.configured}
            onClick={() => void account(() => api().connectGoogle({}))}
          >
            {sync.google === 'reconnect' ? 'Reconnect Google…' : 'Connect Google Calendar…'}
          </button>
        )}
      </div>
      {sync.google === 'connected' && (
        <label className="choice disconnect-choice">
          <input type="checkbox" checked={removeReminders} onChange={(e) => setRemoveReminders(e.target.checked)} />
          <span>When disconnecting, also remove Tactful’s reminders from Google Calendar</span>
        </label>
      )}
      <SettingsForm onSubmit={submit} saveLabel="Save Google settings" error={error}>
        <Field label="OAuth client id" error={fieldErrors.clientId} hint="From a Google Cloud “Desktop app” OAuth client.">
          {(p) => <input {...p} value={clientId} autoComplete="off" onChange={(e) => setClientId(e.target.value)} />}
        </Field>
        <Field label="OAuth client secret" hint="Stored on this computer only.">
          {(p) => <input {...p} type="password" value={clientSecret} autoComplete="off" onChange={(e) => setClientSecret(e.target.value)} />}
        </Field>
        <Field label="Calendars to read" error={fieldErrors.calendars} hint="One calendar id per line; “primary” is your main calendar.">
          {(p) => <textarea {...p} rows={2} value={calendars} onChange={(e) => setCalendars(e.target.value)} />}
        </Field>
        <fieldset className="choices span-2">
          <legend>Where reminders go</legend>
          <label className="choice">
            <input type="radio" name="reminderTarget" checked={target === 'tactful-calendar'} onChange={() => setTarget('tactful-calendar')} />
            <span>
              A “Tactful” calendar of its own (recommended). Tactful only writes to the calendar it created, and you can
              hide or delete it any time.
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="reminderTarget" checked={target === 'primary'} onChange={() => setTarget('primary')} />
            <span>
              Your primary calendar. This needs the broader permission to change events in your main calendar; Tactful
              still only touches the reminders it wrote.
            </span>
          </label>
          <p className="hint">When you switch, Tactful removes the reminders it wrote in the other calendar.</p>
        </fieldset>
      </SettingsForm>
    </section>
  );
}
