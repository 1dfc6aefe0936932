import { useEffect, useRef } from 'react';
import { useApp } from '../state/context';

/** About box: the version and where the data lives (from getAppInfo). */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { appInfo } = useApp();
  const ref = useRef<HTMLDialogElement>(null);
  const facts: [string, string][] = [
    ['Version', appInfo?.version ?? 'unknown'],
    ['Running in', appInfo ? (appInfo.host === 'electron' ? 'Desktop app' : 'Browser') : 'unknown'],
    ...(appInfo ? ([['Data folder', appInfo.dataDir], ...Object.entries(appInfo.versions)] as [string, string][]) : []),
  ];
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About {appInfo?.name ?? 'Tactful'}</h2>
      <p>Finds the job interviews in your calendar and plans the thank-you notes and follow-ups that etiquette asks for.</p>
      <dl className="facts">
        {facts.map(([name, value]) => (
          <div key={name} className="fact-row">
            <dt>{name}</dt>
            <dd data-testid={name === 'Version' ? 'app-version' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button primary" autoFocus onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
