import type { OAuth2Client } from 'google-auth-library';
import type { GoogleState } from '../../shared/domain/store';
import { scopesFor, signInWithBrowser } from './auth';
import { createCalendarApi, createCalendarClient, createOAuthClient, type CalendarApi, type FetchLike } from './client';
import { googleEndpoints } from './endpoints';
import { describeGoogleError, explainGoogleError, isGrantRevoked } from './errors';
import type { GoogleSyncHost, Log, Random, Sleep, SyncProgress } from './host';
import { followReminderTarget, retireReminders } from './reminderCalendar';
import { countPendingWrites, dropRetired, planReminderWrites, removeReminderCalendar, removeRetiredReminders, writeReminders, type RetiredCleanup } from './reminders';
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
  /**
   * Revokes the grant (best effort), forgets the tokens, keeps every interview. With
   * `removeReminders`, first deletes the reminders Tactful wrote (and the calendar it created, when
   * that holds nothing else); any it could not reach stay listed for a later sign-in.
   */
  disconnect(options?: { removeReminders?: boolean }): Promise<DisconnectResult>;
  /**
   * Reads the calendars, then writes the reminders; never throws for Google or network trouble.
   * A call while a sync runs shares that run (use SyncScheduler for a follow-up run).
   */
  syncOnce(onProgress?: (p: SyncProgress) => void): Promise<SyncSummary>;
  /** What the UI / CLI shows. */
  status(): GoogleStatus;
}

export interface DisconnectResult {
  /** Reminders deleted from Google Calendar (or found already gone). */
  removed: number;
  /** Reminders still in Google Calendar (offline, or no permission): removed after a later sign-in. */
  left: number;
  /** Why some were left, in the user's words. */
  error?: string;
}

/** Where old reminders stayed behind, for the warning. */
function leftBehindWarning(count: number, calendarIds: readonly string[]): string {
  const where = calendarIds.includes('primary') ? 'your primary calendar' : 'the “Tactful follow-ups” calendar';
  return (
    `${count} old reminder${count === 1 ? ' is' : 's are'} still in ${where}, which Tactful may no longer change. ` +
    'Delete them in Google Calendar, or switch “Where reminders go” back and sync to let Tactful remove them.'
  );
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
  /** A disconnect is under way: a running sync stops after its current request, none starts. */
  let stopping = false;
  const shouldStop = () => stopping;
  const pendingNow = () => countPendingWrites(planReminderWrites(host.reminders(), host.read().google.reminders));

  return {
    status,

    async signIn(options) {
      // A new sign-in may carry other permissions (the user switched where reminders go): the
      // saved one may be the last that can remove the reminders left in the old calendar.
      await removeRetiredWithSavedSignIn();
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
          delete d.google.retired;
          delete d.google.reminderCalendarId;
        }
        d.google.status = 'connected';
        if (email) d.google.accountEmail = email;
        delete d.google.lastError;
      });
      return status();
    },

    async disconnect(options = {}) {
      // A sync still writing would race the removal (and its failing requests would flag the
      // account for a reconnect): let it stop after its current request, then go on.
      stopping = true;
      try {
        await inFlight;
        return await disconnectNow(options);
      } finally {
        stopping = false;
      }
    },

    syncOnce(onProgress) {
      if (stopping) {
        return Promise.resolve({ ok: false, calendars: {}, writes: 0, pendingWrites: host.read().google.pendingWrites, requests: 0, error: 'Disconnecting from Google Calendar.' });
      }
      inFlight ??= runSync(onProgress).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };

  async function disconnectNow(options: { removeReminders?: boolean }): Promise<DisconnectResult> {
    let credentials: StoredCredentials | null = null;
    try {
      credentials = await tokenStore.load();
    } catch (err) {
      log?.(`google: could not read the saved sign-in while disconnecting: ${String(err)}`);
    }
    const result: DisconnectResult = { removed: 0, left: 0 };
    if (options.removeReminders) {
      const calendarId = host.read().google.reminderCalendarId;
      host.update((d) => {
        if (calendarId) retireReminders(d, calendarId);
        delete d.google.reminderCalendarId;
      });
      const before = host.read().google.retired?.length ?? 0;
      if (credentials && before > 0) {
        try {
          const api = connect(credentials);
          if (calendarId && calendarId !== 'primary' && (await removeReminderCalendar(api, calendarId))) {
            dropRetired(host, (e) => e.calendarId === calendarId);
          }
          const cleanup = await removeRetiredReminders(api, host, log);
          if (cleanup.left > 0) result.error = leftBehindWarning(cleanup.left, cleanup.leftIn);
        } catch (err) {
          result.error = explainGoogleError(describeGoogleError(err));
        }
      } else if (before > 0) {
        result.error = 'The saved Google sign-in could not be read.';
      }
      result.left = host.read().google.retired?.length ?? 0;
      result.removed = before - result.left;
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
      if (result.left > 0) {
        d.google.lastError =
          `${result.left} reminder${result.left === 1 ? '' : 's'} could not be removed from Google Calendar` +
          `${result.error ? ` (${result.error.replace(/\.$/, '')})` : ''}. Connect again to let Tactful remove them, or delete them in Google Calendar.`;
      } else delete d.google.lastError;
    });
    return result;
  }

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
      // Reminders left in a calendar no longer used go first, while this sign-in may still reach it.
      followReminderTarget(host);
      const cleanup: RetiredCleanup = await removeRetiredReminders(api, host, log, shouldStop);
      if (cleanup.left > 0) warnings.push(leftBehindWarning(cleanup.left, cleanup.leftIn));
      const missing = missingScopes(credentials);
      let pending = pendingNow();
      if (missing.length) {
        // Reading works; writing would only fail with 403. Ask for the permission instead.
        warnings.unshift('Reminders need a Google permission Tactful does not have yet; reconnect Google to allow it.');
      } else {
        const written = await writeReminders({ api, host, sleep, onProgress, log, shouldStop });
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

  /** Best effort: failures are logged, and the next sync tries again with whatever sign-in it has. */
  async function removeRetiredWithSavedSignIn(): Promise<void> {
    if (host.read().google.status !== 'connected') return;
    try {
      const credentials = await tokenStore.load();
      if (!credentials) return;
      followReminderTarget(host);
      if (!host.read().google.retired?.length) return;
      await removeRetiredReminders(connect(credentials), host, log);
    } catch (err) {
      log?.(`google: could not remove old reminders before signing in: ${describeGoogleError(err).message}`);
    }
  }

  function missingScopes(credentials: StoredCredentials): string[] {
    if (!credentials.scope) return []; // unknown: let Google decide
    const granted = new Set(credentials.scope.split(/\s+/));
    return scopesFor(host.read().settings.google).filter((s) => !granted.has(s));
  }
}
