import { useState } from 'react';
import type { Policy, Settings } from '../../../shared/domain/settings';
import { Field } from '../components/Field';
import { validatePolicy, validateTimeZone, type FieldErrors } from '../lib/settingsForm';
import type { SaveSection } from './SettingsView';
import { useApp } from '../state/context';
import { SettingsForm } from '../components/SettingsForm';

type NumberKey = 'thankYouWithinHours' | 'defaultWaitDays' | 'finalFollowUpAfterDays' | 'letGoAfterDays' | 'rejectionReplyWithinHours';

const numbers: { key: NumberKey; label: string; hint: string }[] = [
  { key: 'thankYouWithinHours', label: 'Thank-you note within (hours)', hint: 'Etiquette: within 24 hours of the interview.' },
  { key: 'defaultWaitDays', label: 'Wait before following up (days)', hint: 'When they gave no timeline: about a week.' },
  { key: 'finalFollowUpAfterDays', label: 'Final follow-up after (days)', hint: 'One to two weeks after the first.' },
  { key: 'letGoAfterDays', label: 'Let go after (days)', hint: 'After the last follow-up, stop and put energy elsewhere.' },
  { key: 'rejectionReplyWithinHours', label: 'Reply to a rejection within (hours)', hint: '24 to 48 hours.' },
];

/** Working hours, zone and holidays, and the etiquette numbers. */
export function SettingsPolicy({ settings, save }: { settings: Settings; save: SaveSection }) {
  const { overview } = useApp();
  const [policy, setPolicy] = useState<Policy>(settings.policy);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Policy>(key: K, value: Policy[K]) => setPolicy((p) => ({ ...p, [key]: value }));

  const submit = async () => {
    const found = validatePolicy(policy);
    const zoneError = validateTimeZone(timeZone.trim());
    if (zoneError) found.timeZone = zoneError;
    setErrors(found);
    if (Object.keys(found).length) return;
    setError(await save({ policy, timeZone: timeZone.trim() }, 'Saved. Your plans were recalculated.'));
  };

  return (
    <section className="card settings-section" aria-labelledby="policy-title">
      <h2 id="policy-title">Timing and etiquette</h2>
      <SettingsForm onSubmit={submit} saveLabel="Save timing" error={error}>
        <Field label="Working day starts" error={errors.workdayStart}>
          {(p) => <input {...p} value={policy.workdayStart} inputMode="numeric" placeholder="09:30" onChange={(e) => set('workdayStart', e.target.value)} />}
        </Field>
        <Field label="Working day ends" error={errors.workdayEnd}>
          {(p) => <input {...p} value={policy.workdayEnd} inputMode="numeric" placeholder="17:30" onChange={(e) => set('workdayEnd', e.target.value)} />}
        </Field>
        <Field label="Time zone" error={errors.timeZone} hint="Empty = this computer's time zone.">
          {(p) => <input {...p} value={timeZone} placeholder={overview.timeZone} onChange={(e) => setTimeZone(e.target.value)} />}
        </Field>
        <Field label="Public holidays of" error={errors.holidaysCountry} hint="Two-letter country code; steps skip its holidays.">
          {(p) => (
            <input
              {...p}
              value={policy.holidaysCountry ?? ''}
              maxLength={2}
              placeholder="US"
              onChange={(e) => set('holidaysCountry', e.target.value.trim() ? e.target.value.trim().toUpperCase() : null)}
            />
          )}
        </Field>
        {numbers.map((n) => (
          <Field key={n.key} label={n.label} hint={n.hint} error={errors[n.key]}>
            {(p) => (
              <input
                {...p}
                type="number"
                value={Number.isNaN(policy[n.key]) ? '' : policy[n.key]}
                onChange={(e) => set(n.key, e.target.value === '' ? Number.NaN : Number(e.target.value))}
              />
            )}
          </Field>
        ))}
        <fieldset className="choices">
          <legend>Follow-ups after the thank-you</legend>
          <label className="choice">
            <input type="radio" name="maxFollowUps" checked={policy.maxFollowUps === 2} onChange={() => set('maxFollowUps', 2)} />
            <span>Two: a follow-up, then one final one</span>
          </label>
          <label className="choice">
            <input type="radio" name="maxFollowUps" checked={policy.maxFollowUps === 1} onChange={() => set('maxFollowUps', 1)} />
            <span>One polite reminder only</span>
          </label>
          {errors.maxFollowUps ? <span className="field-error">{errors.maxFollowUps}</span> : null}
        </fieldset>
      </SettingsForm>
    </section>
  );
}
