import { useEffect } from 'react';

export interface Status {
  message: string;
  tone: 'info' | 'error';
  at: number;
}

/** The one place results and errors are announced; errors stay until dismissed. */
export function StatusLine({ status, onDismiss }: { status: Status | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!status || status.tone === 'error') return;
    const timer = window.setTimeout(onDismiss, 5000);
    return () => window.clearTimeout(timer);
  }, [status, onDismiss]);
  return (
    <div className="status-region" aria-live={status?.tone === 'error' ? 'assertive' : 'polite'}>
      {status ? (
        <div className={`status ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
          <span>{status.message}</span>
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
