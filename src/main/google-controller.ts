import type { Settings } from '../shared/domain/settings';
import type { SyncStatus } from '../shared/ipc/contract';
import { TactfulError } from '../shared/ipc/client';
import { createGoogleSync, SyncScheduler, type TokenStore } from './google';
import { googleHostFor } from './google-host';
import type { TactfulService } from './services/tactful';

export interface GoogleControllerDeps {
  service: TactfulService;
  tokenStore: TokenStore;
  env: Record<string, string | undefined>;
  openBrowser: (url: string) => void | Promise<void>;
  onStatus: (status: SyncStatus) => void;
  log?: (line: string) => void;
}

export interface GoogleController {
  status(): SyncStatus;
  connect(): Promise<SyncStatus>;
  /** `removeReminders`: delete Tactful's reminders from Google Calendar first (see GoogleSync.disconnect). */
  disconnect(options?: { removeReminders?: boolean }): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  onFocus(): void;
  /** Settings were saved: a new reminder target starts a sync. */
  onSettingsChanged(before: Settings, after: Settings): void;
  /** Periodic syncs while the app runs (only when connected). */
  start(): void;
  stop(): void;
}

/** Google for a long-running host (the window, the browser host): scheduled, on focus, on demand. */
export function createGoogleController(deps: GoogleControllerDeps): GoogleController {
  const host = googleHostFor(deps.service, deps.env);
  const google = createGoogleSync({
    host,
    tokenStore: deps.tokenStore,
    env: deps.env,
    openBrowser: deps.openBrowser,
    ...(deps.log ? { log: deps.log } : {}),
  });
  const scheduler = new SyncScheduler({
    run: async (report) => {
      if (host.read().google.status !== 'connected') return;
      const summary = await google.syncOnce(report);
      if (!summary.ok && summary.error) deps.log?.(`google: ${summary.error}`);
    },
  });
  const status = (): SyncStatus => {
    const g = google.status();
    const s = scheduler.snapshot();
    return {
      google: g.status,
      configured: Boolean(host.read().settings.google.clientId),
      ...(g.accountEmail ? { accountEmail: g.accountEmail } : {}),
      running: s.running,
      ...(s.running ? { phase: s.progress.phase } : {}),
      ...(g.lastSyncAt ? { lastSyncAt: g.lastSyncAt } : {}),
      pendingWrites: g.pendingWrites,
      ...(g.lastError ? { lastError: g.lastError } : {}),
    };
  };
  scheduler.subscribe(() => deps.onStatus(status()));

  return {
    status,
    async connect() {
      if (!host.read().settings.google.clientId) {
        throw new TactfulError(
          'google-not-configured',
          'Add your Google OAuth client id and secret in Settings first (the README explains how to create them).',
        );
      }
      try {
        await google.signIn();
      } catch (error) {
        throw new TactfulError('google-sign-in', (error as Error).message);
      }
      deps.onStatus(status());
      void scheduler.syncNow();
      return status();
    },
    async disconnect(options) {
      await google.disconnect(options);
      deps.onStatus(status());
      return status();
    },
    onSettingsChanged(before, after) {
      // Reminders left in the old calendar are removed by a sync with the sign-in that may still
      // change it: run one now, before the user reconnects with the new calendar's permission.
      if (before.google.reminderTarget !== after.google.reminderTarget && host.read().google.status === 'connected') {
        void scheduler.syncNow();
      }
    },
    async syncNow() {
      if (host.read().google.status === 'disconnected') {
        throw new TactfulError('google-not-connected', 'Connect your Google account first.');
      }
      await scheduler.syncNow();
      return status();
    },
    onFocus: () => scheduler.onFocus(),
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
  };
}
