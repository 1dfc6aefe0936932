import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client, type Credentials } from 'google-auth-library';
import type { GoogleEndpoints } from './endpoints';
import { describeGoogleError } from './errors';
import type { Random, Sleep } from './host';
import { withRetry, type RetryOptions } from './retry';

export type FetchLike = typeof fetch;

export interface OAuthClientOptions {
  endpoints: GoogleEndpoints;
  clientId: string;
  clientSecret: string;
  redirectUri?: string;
  fetch?: FetchLike;
}

/** An OAuth2Client aimed at the configured endpoints (real Google or the loopback stand-in). */
export function createOAuthClient(options: OAuthClientOptions): OAuth2Client {
  if (!options.clientId) {
    throw new Error('No Google OAuth client id is set: add one in Settings › Google (see docs) before connecting.');
  }
  return new OAuth2Client({
    clientId: options.clientId,
    clientSecret: options.clientSecret || undefined,
    redirectUri: options.redirectUri,
    endpoints: {
      oauth2AuthBaseUrl: options.endpoints.oauth.authBaseUrl,
      oauth2TokenUrl: options.endpoints.oauth.tokenUrl,
      oauth2RevokeUrl: options.endpoints.oauth.revokeUrl,
    },
    transporterOptions: options.fetch ? { fetchImplementation: options.fetch } : undefined,
  });
}

/** The Calendar v3 client with its own retry off: ours (retry.ts) also covers POST/PATCH and 403 rate limits. */
export function createCalendarClient(auth: OAuth2Client, endpoints: GoogleEndpoints, fetchImpl?: FetchLike): calendar_v3.Calendar {
  return calendar({
    version: 'v3',
    // Two copies of google-auth-library exist (ours, googleapis-common's); the shapes match.
    auth: auth as unknown as calendar_v3.Options['auth'],
    rootUrl: endpoints.calendarRootUrl,
    retry: false,
    ...(fetchImpl ? { fetchImplementation: fetchImpl } : {}),
  });
}

export interface ListEventsParams {
  calendarId: string;
  syncToken?: string;
  pageToken?: string;
  maxResults: number;
  singleEvents: boolean;
}

/** The few Calendar calls Tactful makes, each retried on transient failures. */
export interface CalendarApi {
  listEvents(params: ListEventsParams): Promise<calendar_v3.Schema$Events>;
  getCalendar(calendarId: string): Promise<calendar_v3.Schema$Calendar>;
  listCalendars(): Promise<calendar_v3.Schema$CalendarListEntry[]>;
  /** One attempt only: calendars have no client-chosen id, so a blind retry could create two (see reminderCalendar.ts). */
  insertCalendar(body: calendar_v3.Schema$Calendar): Promise<calendar_v3.Schema$Calendar>;
  getEvent(calendarId: string, eventId: string): Promise<calendar_v3.Schema$Event>;
  insertEvent(calendarId: string, body: calendar_v3.Schema$Event): Promise<calendar_v3.Schema$Event>;
  /** PATCH guarded by If-Match: a 412 means someone changed it since `etag`. */
  patchEvent(calendarId: string, eventId: string, body: calendar_v3.Schema$Event, etag?: string): Promise<calendar_v3.Schema$Event>;
  deleteEvent(calendarId: string, eventId: string): Promise<void>;
  /** Deletes a whole secondary calendar (only ever the one Tactful created). */
  deleteCalendar(calendarId: string): Promise<void>;
  /** Number of HTTP calls attempted (retries included), for logs and the bench. */
  readonly requestCount: number;
}

export interface CalendarApiOptions {
  client: calendar_v3.Calendar;
  auth: OAuth2Client;
  sleep: Sleep;
  random: Random;
  retry?: Partial<Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>>;
  log?: (message: string) => void;
}

/** Wraps the calendar client: retries, and one forced token refresh on 401 (a revoked grant then surfaces as invalid_grant). */
export function createCalendarApi(options: CalendarApiOptions): CalendarApi {
  const { client, auth } = options;
  let requestCount = 0;
  const retryOptions: RetryOptions = {
    sleep: options.sleep,
    random: options.random,
    ...options.retry,
    onRetry: (info, attempt, delay) =>
      options.log?.(`google: retry ${attempt} in ${delay} ms after ${info.status ?? info.networkCode} ${info.reason ?? ''}`),
  };
  const run = async <T>(call: () => Promise<T>, retry = true): Promise<T> => {
    const counted = () => {
      requestCount++;
      return call();
    };
    const attempt = retry ? () => withRetry(counted, retryOptions) : counted;
    try {
      return await attempt();
    } catch (err) {
      if (describeGoogleError(err).status !== 401) throw err;
      // The access token may be stale although not expired by our clock: refresh once.
      await auth.refreshAccessToken();
      return attempt();
    }
  };
  return {
    get requestCount() {
      return requestCount;
    },
    async listEvents(p) {
      const res = await run(() =>
        client.events.list({
          calendarId: p.calendarId,
          maxResults: p.maxResults,
          singleEvents: p.singleEvents,
          ...(p.syncToken ? { syncToken: p.syncToken } : {}),
          ...(p.pageToken ? { pageToken: p.pageToken } : {}),
        }),
      );
      return res.data;
    },
    async getCalendar(calendarId) {
      return (await run(() => client.calendars.get({ calendarId }))).data;
    },
    async listCalendars() {
      const all: calendar_v3.Schema$CalendarListEntry[] = [];
      let pageToken: string | undefined;
      do {
        const page: calendar_v3.Schema$CalendarList = (
          await run(() => client.calendarList.list({ maxResults: 250, ...(pageToken ? { pageToken } : {}) }))
        ).data;
        all.push(...(page.items ?? []));
        pageToken = page.nextPageToken ?? undefined;
      } while (pageToken);
      return all;
    },
    async insertCalendar(body) {
      return (await run(() => client.calendars.insert({ requestBody: body }), false)).data;
    },
    async getEvent(calendarId, eventId) {
      return (await run(() => client.events.get({ calendarId, eventId }))).data;
    },
    async insertEvent(calendarId, body) {
      return (await run(() => client.events.insert({ calendarId, requestBody: body, sendUpdates: 'none' }))).data;
    },
    async patchEvent(calendarId, eventId, body, etag) {
      const headers = etag ? { 'If-Match': etag } : undefined;
      return (
        await run(() =>
          client.events.patch({ calendarId, eventId, requestBody: body, sendUpdates: 'none' }, headers ? { headers } : {}),
        )
      ).data;
    },
    async deleteEvent(calendarId, eventId) {
      await run(() => client.events.delete({ calendarId, eventId, sendUpdates: 'none' }));
    },
    async deleteCalendar(calendarId) {
      await run(() => client.calendars.delete({ calendarId }));
    },
  };
}

export type { Credentials };
