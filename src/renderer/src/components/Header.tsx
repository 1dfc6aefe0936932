import { useEffect, useState } from 'react';
import { agoShort } from '../lib/format';
import { api, messageOf } from '../state/api';
import { useApp, type ViewName } from '../state/context';

const titles: Record<ViewName, string> = { today: 'Today', timeline: 'Timeline', review: 'Review', settings: 'Settings' };

/** "Today · Tue 13 Oct" and the sync state, kept honest with a one-minute tick. */
export function Header({ view, receivedAt }: { view: ViewName; receivedAt: number }) {
  const { overview, fmt, nowMs } = useApp();
  const [tick, setTick] = useState(receivedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setTick(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  // The overview's clock may be fixed (tests, other zones): advance it by the time since it arrived.
  const liveNow = nowMs + Math.max(0, tick - receivedAt);
  return (
    <header className="header">
      <h1 className="view-title" tabIndex={-1} data-view-heading>
        {titles[view]} <span className="muted">· {fmt.day(overview.now)}</span>
      </h1>
      <SyncStatus liveNow={liveNow} />
    </header>
  );
}

function SyncStatus({ liveNow }: { liveNow: number }) {
  const { overview, say, go } = useApp();
  const [busy, setBusy] = useState(false);
  const sync = overview.sync;
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
    } catch (error) {
      say(messageOf(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  const pending = sync.pendingWrites > 0 ? ` · ${sync.pendingWrites} change${sync.pendingWrites === 1 ? '' : 's'} waiting to sync` : '';

  if (sync.google === 'disconnected') {
    return (
      <div className="sync">
        <span className="muted">Google Calendar not connected{pending}</span>
        <button type="button" className="button small quiet" onClick={() => go('settings')}>
          Connect…
        </button>
      </div>
    );
  }
  if (sync.google === 'reconnect') {
    return (
      <div className="sync warn" role="status">
        <span>Google needs you to sign in again{pending}</span>
        <button type="button" className="button small" disabled={busy} onClick={() => void run(() => api().connectGoogle({}))}>
          Reconnect
        </button>
      </div>
    );
  }
  const label = sync.running
    ? `Syncing${sync.phase ? ` · ${sync.phase}` : '…'}`
    : sync.lastSyncAt
      ? `Synced ${agoShort(sync.lastSyncAt, liveNow)}`
      : 'Not synced yet';
  return (
    <div className="sync">
      <span className={sync.lastError ? 'warn-text' : 'muted'} title={sync.lastError ?? sync.accountEmail ?? ''}>
        {sync.lastError ? `Sync problem: ${sync.lastError}` : label}
        {pending}
      </span>
      <button
        type="button"
        className="button small quiet"
        aria-label="Sync now"
        disabled={busy || sync.running}
        onClick={() => void run(() => api().syncNow({}))}
      >
        <span aria-hidden="true">⟳</span> Sync
      </button>
    </div>
  );
}
