import type { ReactNode } from 'react';

/**
 * One settings section's form: our own validation (noValidate), saved with Enter or its
 * button, with the section's save error beside the button.
 */
export function SettingsForm({
  onSubmit,
  saveLabel,
  error,
  children,
}: {
  onSubmit: () => Promise<unknown> | void;
  saveLabel: string;
  error: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <form
      className="grid"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <div className="span-2 row">
        <button type="submit" className="button">
          {saveLabel}
        </button>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </form>
  );
}
