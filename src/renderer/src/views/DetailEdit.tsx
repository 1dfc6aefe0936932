import { useState } from 'react';
import type { ApplicationView } from '../../../shared/ipc/contract';
import type { Channel } from '../../../shared/domain/application';
import { api } from '../state/api';
import { useApp } from '../state/context';

const emailLike = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Company, role, channel, contact and the notes on topics discussed (they feed the drafts). */
export function DetailEdit({ view }: { view: ApplicationView }) {
  const { act } = useApp();
  const app = view.application;
  const [company, setCompany] = useState(app.company);
  const [role, setRole] = useState(app.role ?? '');
  const [channel, setChannel] = useState<Channel | ''>(app.channel ?? '');
  const [contactEmail, setContactEmail] = useState(app.contactEmail ?? '');
  const [notes, setNotes] = useState(app.notes);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    const found: Record<string, string> = {};
    if (!company.trim()) found.company = 'The company needs a name.';
    if (contactEmail.trim() && !emailLike.test(contactEmail.trim())) found.contactEmail = 'That does not look like an email address.';
    setErrors(found);
    if (Object.keys(found).length) return;
    void act(
      () =>
        api().updateApplication({
          applicationId: app.id,
          patch: {
            company: company.trim(),
            role: role.trim() || null,
            channel: channel || null,
            contactEmail: contactEmail.trim(),
            notes,
          },
        }),
      'Saved. The drafts now use your notes.',
    );
  };
  const err = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`err-${name}`}>
        {errors[name]}
      </span>
    ) : null;
  return (
    <section className="detail-section" aria-labelledby="edit-title">
      <h3 id="edit-title">Details and notes</h3>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span>Company</span>
          <input value={company} onChange={(e) => setCompany(e.target.value)} aria-invalid={Boolean(errors.company)} aria-describedby={errors.company ? 'err-company' : undefined} />
          {err('company')}
        </label>
        <label className="field">
          <span>Role</span>
          <input value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <label className="field">
          <span>How they reach you</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel | '')}>
            <option value="">As the process ran (default)</option>
            <option value="email">Email</option>
            <option value="phone">Phone</option>
            <option value="linkedin">LinkedIn</option>
            <option value="handwritten">Handwritten note</option>
          </select>
        </label>
        <label className="field">
          <span>Contact email</span>
          <input
            type="email"
            value={contactEmail}
            onChange={(e) => setContactEmail(e.target.value)}
            aria-invalid={Boolean(errors.contactEmail)}
            aria-describedby={errors.contactEmail ? 'err-contactEmail' : undefined}
          />
          {err('contactEmail')}
        </label>
        <label className="field">
          <span>Topics you discussed (used in your drafts)</span>
          <textarea name="notes" rows={4} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <div>
          <button type="submit" className="button primary">
            Save details
          </button>
        </div>
      </form>
    </section>
  );
}
