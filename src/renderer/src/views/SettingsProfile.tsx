import { useState } from 'react';
import type { Profile, Settings } from '../../../shared/domain/settings';
import { Field } from '../components/Field';
import { validateProfile, type FieldErrors } from '../lib/settingsForm';
import { api } from '../state/api';
import { useApp } from '../state/context';
import type { SaveSection } from './SettingsView';
import { SettingsForm } from '../components/SettingsForm';

/** Who is writing (for signatures and drafts), notifications and sample data. */
export function SettingsProfile({ settings, save }: { settings: Settings; save: SaveSection }) {
  const { overview, act } = useApp();
  const [profile, setProfile] = useState<Profile>(settings.profile);
  const [notifications, setNotifications] = useState(settings.notifications);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof Profile, value: string) => setProfile((p) => ({ ...p, [key]: value }));

  const submit = async () => {
    const found = validateProfile(profile);
    setErrors(found);
    if (Object.keys(found).length) return;
    setError(await save({ profile, notifications }, 'Saved. Your drafts use it now.'));
  };

  return (
    <section className="card settings-section" aria-labelledby="profile-title">
      <h2 id="profile-title">You</h2>
      <SettingsForm onSubmit={submit} saveLabel="Save" error={error}>
        <Field label="Your name" error={errors.name} hint="Signs your drafts.">
          {(p) => <input {...p} value={profile.name} autoComplete="name" onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field label="Your email" error={errors.email} hint="Tells you apart from the interviewers in invitations.">
          {(p) => <input {...p} type="email" value={profile.email} autoComplete="email" onChange={(e) => set('email', e.target.value)} />}
        </Field>
        <Field label="Something recent you worked on" error={errors.recentWork} hint="A project, certification or development: every follow-up should add value.">
          {(p) => <textarea {...p} rows={3} value={profile.recentWork} onChange={(e) => set('recentWork', e.target.value)} />}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={notifications} onChange={(e) => setNotifications(e.target.checked)} />
          <span>Notify me when a step is due</span>
        </label>
      </SettingsForm>
      <div className="row sample-row">
        <p className="grow">
          {overview.sampleMode
            ? 'Showing sample data: made-up applications, nothing written to any calendar.'
            : 'Sample data is off.'}
        </p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void act(
              () => api().setSampleMode({ enabled: !overview.sampleMode }),
              overview.sampleMode ? 'Sample data removed.' : 'Showing sample data.',
            )
          }
        >
          {overview.sampleMode ? 'Use my own calendar' : 'Show sample data'}
        </button>
      </div>
    </section>
  );
}
