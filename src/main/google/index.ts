import type { OAuth2Client } from 'google-auth-library';
import type { GoogleState } from '../../shared/domain/store';
import { scopesFor, signInWithBrowser } from './auth';
import { createCalendarApi, createCalendarClient, createOAuthClient, type CalendarApi, type FetchLike } from './client';
import { googleEndpoints } from './endpoints';
import { describeGoogleError, explainGoogleError, isGrantRevoked } from './errors';
import type { GoogleSyncHost, Log, Random, Sleep, SyncProgress } from './host';
import { countPendingWrites, planReminderWrites, writeReminders } from './reminders';
import type { RetryOptions } from './retry';
import { readCalendar, type ReadCalendarResult } from './sync';
import { mergeCredentials, type StoredCredentials, type TokenStore } from './tokens';

export type { GoogleSyncHost, SyncProgress } from './host';
export { scopesFor } from './auth';
export { googleEndpoints } from './endpoints';
export { FileTokenStore, MemoryTokenStore, SafeStorageTokenStore, type TokenStore, type StoredCredentials } from './tokens';
export { SyncScheduler } from './scheduler';

export interface GoogleSyncDeps {
  host: GoogleSyncHost;
  tokenStore: TokenStore;
  /** process.env: TACTFUL_GOOGLE_API_ROOT points everything at a loopback stand-in. */
  env: Record<string, string | undefined>;
  openBrowser: (url: string) => void | Promise<void>;
  fetch?: FetchLike;
  sleep?: Sleep;
  random?: Random;
  log?: Log;
  signInTimeoutMs?: number;
  retry?: Partial<Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>>;
}

export interface GoogleStatus {
  status: GoogleState['status'];
  accountEmail?: string;
  lastSyncAt?: string;
  lastError?: string;
  pendingWrites: number;
}

export interface SyncSummary {
  ok: boolean;
  calendars: Record<string, ReadCalendarResult>;
  /** Insert / patch / delete requests that changed a reminder. */
  writes: number;
  pendingWrites: number;
  /** HTTP requests to the Calendar API this run (retries included). */
  requests: number;
  error?: string;
}

export interface GoogleSync {
  /** Browser sign-in; stores the credentials and marks Google connected. Abort with `signal` (a Cancel button). */
  signIn(options?: { signal?: AbortSignal }): Promise<GoogleStatus>;
  /** Revokes the grant (best effort), forgets the tokens, keeps every interview. */
  disconnect(): Promise<void>;
  /**
   * Reads the calendars, then writes the reminders; never throws for Google or network trouble.
   * A call while a sync runs shares that run (use SyncScheduler for a follow-up run).
   */
  syncOnce(onProgress?: (p: SyncProgress) => void): Promise<SyncSummary>;
  /** What the UI / CLI shows. */
  status(): GoogleStatus;
}

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The one Google entry point both the app and the CLI host. */
export function createGoogleSync(deps: GoogleSyncDeps): GoogleSync {
  const { host, tokenStore, log } = deps;
  const endpoints = googleEndpoints(deps.env);
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;

  const oauthFor = (): OAuth2Client => {
    const g = host.read().settings.google;
    return createOAuthClient({ endpoints, clientId: g.clientId, clientSecret: g.clientSecret, fetch: deps.fetch });
  };

  const connect = (credentials: StoredCredentials): CalendarApi => {
    const oauth = oauthFor();
    oauth.setCredentials(credentials);
    let current: StoredCredentials | null = credentials;
    oauth.on('tokens', (tokens) => {
      // Refreshes omit the refresh token: merge, or the next launch could not sign in.
      current = mergeCredentials(current, tokens);
      if (current) tokenStore.save(current).catch((err: unknown) => log?.(`google: could not save refreshed token: ${String(err)}`));
    });
    const client = createCalendarClient(oauth, endpoints, deps.fetch);
    return createCalendarApi({ client, auth: oauth, sleep, random, retry: deps.retry, log });
  };

  const status = (): GoogleStatus => {
    const g = host.read().google;
    const s: GoogleStatus = { status: g.status, pendingWrites: g.pendingWrites };
    if (g.accountEmail) s.accountEmail = g.accountEmail;
    if (g.lastSyncAt) s.lastSyncAt = g.lastSyncAt;
    if (g.lastError) s.lastError = g.lastError;
    return s;
  };

  let inFlight: Promise<SyncSummary> | null = null;
  const pendingNow = () => countPendingWrites(planReminderWrites(host.reminders(), host.read().google.reminders));

  return {
    status,

    async signIn(options) {
      const credentials = await signInWithBrowser({
        endpoints,
        settings: host.read().settings.google,
        openBrowser: deps.openBrowser,
        fetch: deps.fetch,
        timeoutMs: deps.signInTimeoutMs,
        signal: options?.signal,
      });
      await tokenStore.save(credentials);
      const primary = await connect(credentials).getCalendar('primary');
      const email = primary.id ?? undefined;
      host.update((d) => {
        if (d.google.accountEmail && email && d.google.accountEmail !== email) {
          // Another account: its sync tokens and reminder records mean nothing here.
          d.google.calendars = {};
          d.google.reminders = {};
          delete d.google.reminderCalendarId;
        }
        d.google.status = 'connected';
        if (email) d.google.accountEmail = email;
        delete d.google.lastError;
      });
      return status();
    },

    async disconnect() {
      let credentials: StoredCredentials | null = null;
      try {
        credentials = await tokenStore.load();
      } catch (err) {
        log?.(`google: could not read the saved sign-in while disconnecting: ${String(err)}`);
      }
      if (credentials) {
        try {
          await oauthFor().revokeToken(credentials.refresh_token);
        } catch (err) {
          log?.(`google: revoking the token failed (it may already be revoked): ${describeGoogleError(err).message}`);
        }
      }
      await tokenStore.clear();
      host.update((d) => {
        d.google.status = 'disconnected';
        delete d.google.lastError;
      });
    },

    syncOnce(onProgress) {
      inFlight ??= runSync(onProgress).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };

  async function runSync(onProgress?: (p: SyncProgress) => void): Promise<SyncSummary> {
    const summary: SyncSummary = { ok: false, calendars: {}, writes: 0, pendingWrites: 0, requests: 0 };
    let credentials: StoredCredentials | null;
    try {
      credentials = await tokenStore.load();
    } catch (err) {
      // Keyring locked or missing, file damaged: say so, keep everything else as it is.
      summary.error = err instanceof Error ? err.message : String(err);
      host.update((d) => (d.google.lastError = summary.error));
      return summary;
    }
    const state = host.read().google;
    if (!credentials || state.status === 'disconnected') {
      summary.error = 'Google Calendar is not connected.';
      summary.pendingWrites = state.pendingWrites;
      return summary;
    }
    if (state.status === 'reconnect') {
      summary.error = state.lastError ?? 'Reconnect your Google account.';
      summary.pendingWrites = state.pendingWrites;
      return summary;
    }
    const api = connect(credentials);
    try {
      let email = state.accountEmail;
      if (!email) {
        email = (await api.getCalendar('primary')).id ?? undefined;
        if (email) host.update((d) => (d.google.accountEmail = email));
      }
      const owner = email ? { email } : undefined;
      const warnings: string[] = [];
      for (const calendarId of host.read().settings.google.calendarsToRead) {
        try {
          summary.calendars[calendarId] = await readCalendar({ api, host, calendarId, owner, onProgress, log });
        } catch (err) {
          // One calendar removed or unshared must not stop the others (nor the reminders).
          if (describeGoogleError(err).status !== 404) throw err;
          warnings.push(`The calendar "${calendarId}" is no longer available in Google; remove it from Settings › Google.`);
        }
      }
      const missing = missingScopes(credentials);
      let pending = pendingNow();
      if (missing.length) {
        // Reading works; writing would only fail with 403. Ask for the permission instead.
        warnings.unshift('Reminders need a Google permission Tactful does not have yet; reconnect Google to allow it.');
      } else {
        const written = await writeReminders({ api, host, sleep, onProgress, log });
        summary.writes = written.writes;
        pending = written.pending;
      }
      summary.pendingWrites = pending;
      summary.ok = warnings.length === 0;
      if (warnings[0]) summary.error = warnings[0];
      host.update((d) => {
        d.google.lastSyncAt = host.now().toISOString();
        d.google.pendingWrites = pending;
        if (warnings[0]) d.google.lastError = warnings[0];
        else delete d.google.lastError;
      });
    } catch (err) {
      const info = describeGoogleError(err);
      summary.error = explainGoogleError(info);
      summary.pendingWrites = pendingNow();
      log?.(`google: sync stopped: ${info.message}`);
      host.update((d) => {
        if (isGrantRevoked(info)) d.google.status = 'reconnect';
        d.google.lastError = summary.error;
        d.google.pendingWrites = summary.pendingWrites;
      });
    } finally {
      summary.requests = api.requestCount;
      onProgress?.({ phase: 'idle' });
    }
    return summary;
  }

  function missingScopes(credentials: StoredCredentials): string[] {
    if (!credentials.scope) return []; // unknown: let Google decide
    const granted = new Set(credentials.scope.split(/\s+/));
    return scopesFor(host.read().settings.google).filter((s) => !granted.has(s));
  }
}
