import { useState } from 'react';
import { api, messageOf } from '../state/api';
import { useApp } from '../state/context';

/** Saves the plan as .ics: a file dialog in the desktop app, a download in the browser host. */
export function ExportButton({ applicationId, label }: { applicationId?: string; label: string }) {
  const { say } = useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const result = await api().exportIcs(applicationId ? { applicationId } : {});
      if (result.status === 'cancelled') return;
      if (result.status === 'saved') {
        say(`Saved ${result.steps} reminder${result.steps === 1 ? '' : 's'} to ${result.path}.`);
        return;
      }
      const url = URL.createObjectURL(new Blob([result.text], { type: 'text/calendar' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = result.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(`Downloaded ${result.fileName} with ${result.steps} reminder${result.steps === 1 ? '' : 's'}.`);
    } catch (error) {
      say(messageOf(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void run()}>
      {label}
    </button>
  );
}
