import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CalendarApi, calendarListEntry } from './calendar-api';
import { ApiError, errorReply } from './errors';
import { matchFault, faultReply } from './faults';
import { EventLister } from './list';
import { OAuthServer, SCOPES } from './oauth';
import { CalendarStore } from './store';
import type { FaultSpec, GoogleStandIn, Incoming, LoggedRequest, Reply, StandInOptions } from './types';

export type { FaultSpec, GoogleStandIn, GrantedTokens, LoggedRequest, StandInOptions } from './types';
export { SCOPES } from './oauth';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | undefined;
  if (typeof reply.body === 'string') {
    payload = reply.body;
    headers['Content-Type'] ??= 'text/plain; charset=utf-8';
  } else if (reply.body !== undefined && reply.status !== 204 && reply.status !== 304) {
    payload = JSON.stringify(reply.body, null, 1);
    headers['Content-Type'] ??= 'application/json; charset=UTF-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function queryRecord(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of new Set(url.searchParams.keys())) out[k] = url.searchParams.getAll(k).join(',');
  return out;
}

/** Start a local stand-in of Google's OAuth endpoints and Calendar v3 API on 127.0.0.1. */
export async function startGoogleStandIn(opts: StandInOptions = {}): Promise<GoogleStandIn> {
  const now = opts.now ?? Date.now;
  const ownerEmail = opts.ownerEmail ?? 'sam.rivera@gmail.com';
  const clientId = opts.clientId ?? 'test-client.apps.googleusercontent.com';
  const store = new CalendarStore(ownerEmail, now);
  const lister = new EventLister(store, { maxPageSize: opts.maxPageSize ?? 2500, shortPages: opts.shortPages ?? false, now });
  const oauth = new OAuthServer({
    clientId,
    clientSecret: opts.clientSecret ?? 'test-secret',
    ownerEmail,
    accessTokenTtlSeconds: opts.accessTokenTtlSeconds ?? 3600,
    now,
  });
  const api = new CalendarApi(store, lister, oauth);
  const faults: FaultSpec[] = [];
  /** A slow network: every request of `method` (any when omitted) is answered `ms` later. */
  let latency: { ms: number; method?: string } = { ms: 0 };
  const requests: LoggedRequest[] = [];

  const route = (inc: Incoming): Reply => {
    try {
      if (inc.path === '/o/oauth2/v2/auth' && inc.method === 'GET') return oauth.authorize(inc);
      if (inc.path === '/token' && inc.method === 'POST') return oauth.token(inc);
      if ((inc.path === '/revoke' || inc.path === '/o/oauth2/revoke') && inc.method === 'POST') return oauth.revoke(inc);
      if (inc.path.startsWith('/calendar/v3/')) return api.handle(inc);
      return errorReply(new ApiError(404, 'notFound', 'Not Found'));
    } catch (e) {
      if (e instanceof ApiError) return errorReply(e);
      console.error('[google-standin] handler crashed', e);
      return errorReply(new ApiError(500, 'backendError', 'Backend Error'));
    }
  };

  const server = createServer((req, res) => {
    void (async () => {
      const rawBody = await readBody(req);
      if (latency.ms > 0 && (!latency.method || latency.method === req.method)) await new Promise((r) => setTimeout(r, latency.ms));
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const inc: Incoming = { method: req.method ?? 'GET', path: url.pathname, url, headers: req.headers, rawBody };
      const log = (status: number) =>
        requests.push({ method: inc.method, path: inc.path, query: queryRecord(url), status, at: now() });
      const fault = matchFault(faults, inc);
      if (fault && !fault.afterWrite) {
        const reply = faultReply(fault);
        log(reply.status);
        return send(res, reply);
      }
      const reply = route(inc);
      if (fault?.afterWrite) {
        // The write has happened; the client only sees a dead connection.
        log(0);
        req.socket.destroy();
        return;
      }
      log(reply.status);
      send(res, reply);
    })().catch(() => res.destroy()); // a client that vanished mid-body: nothing to answer
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const ensureCalendar = (calendarId: string) => {
    if (!store.calendar(calendarId)) store.createCalendar({ summary: calendarId }, undefined, calendarId);
  };

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    clearLog: () => void requests.splice(0),
    seedEvents(calendarId, events) {
      ensureCalendar(calendarId);
      for (const ev of events) store.insert(calendarId, ev, true);
    },
    userUpdateEvent: (calendarId, eventId, patch) => void store.write(calendarId, eventId, patch, 'user'),
    userDeleteEvent: (calendarId, eventId) => void store.remove(calendarId, eventId),
    events: (calendarId, o) =>
      store
        .all(calendarId)
        .filter((e) => o?.includeDeleted || e.resource['status'] !== 'cancelled')
        .map((e) => structuredClone(e.resource)),
    calendars: () =>
      store.listCalendars().map((c) => ({ ...calendarListEntry(c), createdByClient: c.createdByClient ?? null })),
    expireSyncTokens: () => lister.expireSyncTokens(),
    revokeAll: () => oauth.revokeAll(),
    injectFault: (f) => void faults.push({ ...f }),
    setLatency: (ms, method) => void (latency = { ms, method }),
    approveNextConsent: (o) => oauth.approveNextConsent(o?.deny ?? false),
    grantTokens: (scopes = [SCOPES.readonly, SCOPES.appCreated]) => oauth.grantTokens(scopes),
  };
}
