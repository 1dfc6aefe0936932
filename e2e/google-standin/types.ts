/** Public types of the Google stand-in; kept apart so the server modules and the tests share one definition. */

export interface StandInOptions {
  /** Default 0 (ephemeral); the host is always 127.0.0.1. */
  port?: number;
  /** Default 'sam.rivera@gmail.com'; also the id of the primary calendar. */
  ownerEmail?: string;
  /** Default 'test-client.apps.googleusercontent.com'. */
  clientId?: string;
  /** Default 'test-secret'. */
  clientSecret?: string;
  /** Default 3600. */
  accessTokenTtlSeconds?: number;
  /** Server-side cap on items per page (Google caps at 2500); tests may set it tiny. */
  maxPageSize?: number;
  /**
   * Deterministic short pages, as Google sometimes returns: the first page of every listing is
   * EMPTY (with a nextPageToken) and every other page is half size. Default false.
   */
  shortPages?: boolean;
  /** Clock in ms, so tests can move time (token expiry, `updated`). Default Date.now. */
  now?: () => number;
}

export interface FaultSpec {
  /** 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET' (any if omitted). */
  method?: string;
  /** Substring of the path (any if omitted). */
  pathIncludes?: string;
  status: 403 | 429 | 500 | 502 | 503;
  reason?: 'rateLimitExceeded' | 'userRateLimitExceeded' | 'backendError';
  retryAfterSeconds?: number;
  /** How many matching requests fail. */
  times: number;
  /** Perform the request (the write), THEN destroy the socket: the client never learns it succeeded. */
  afterWrite?: boolean;
}

/** One served request; `status` is 0 when the connection was dropped by an `afterWrite` fault. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** Query parameters; a repeated parameter's values are joined with ','. */
  query: Record<string, string>;
  status: number;
  at: number;
}

/** Tokens as /token would answer them, for tests that skip the browser consent flow. */
export interface GrantedTokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
  token_type: 'Bearer';
}

export interface GoogleStandIn {
  /** 'http://127.0.0.1:PORT' */
  origin: string;
  close(): Promise<void>;
  /** Request log (OAuth + Calendar). */
  requests: LoggedRequest[];
  clearLog(): void;
  seedEvents(calendarId: string, events: Array<Record<string, unknown>>): void;
  userUpdateEvent(calendarId: string, eventId: string, patch: Record<string, unknown>): void;
  userDeleteEvent(calendarId: string, eventId: string): void;
  events(calendarId: string, opts?: { includeDeleted?: boolean }): Array<Record<string, unknown>>;
  calendars(): Array<Record<string, unknown>>;
  expireSyncTokens(): void;
  revokeAll(): void;
  injectFault(f: FaultSpec): void;
  /** Answers every request (of `method`, when given) `ms` later; 0 turns it off. */
  setLatency(ms: number, method?: string): void;
  approveNextConsent(opts?: { deny?: boolean }): void;
  /** Extra: mint a grant directly (no browser), with the given scopes (default: readonly + app.created). */
  grantTokens(scopes?: string[]): GrantedTokens;
}

/** What a handler answers; written by the server, or dropped by an `afterWrite` fault. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A parsed incoming request, as handlers see it. */
export interface Incoming {
  method: string;
  path: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

export type EventResource = Record<string, unknown>;
