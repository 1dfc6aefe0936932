import { ApiError, errors } from './errors';
import type { EventLister } from './list';
import { SCOPES, type OAuthServer, type Principal } from './oauth';
import type { CalendarStore, StoredCalendar, StoredEvent } from './store';
import type { Incoming, Reply } from './types';

const READ_ANY = [SCOPES.calendar, SCOPES.readonly, SCOPES.events, SCOPES.eventsReadonly];
const WRITE_EVENTS_ANY = [SCOPES.calendar, SCOPES.events];
const LIST_CALENDARS = [SCOPES.calendar, SCOPES.readonly, SCOPES.calendarListReadonly];
const has = (p: Principal, scopes: readonly string[]) => scopes.some((s) => p.scopes.has(s));
/** calendar.app.created covers only the calendars this OAuth client created. */
const ownsViaAppCreated = (p: Principal, cal: StoredCalendar) =>
  p.scopes.has(SCOPES.appCreated) && cal.createdByClient === p.clientId;

/** The calendarList entry Google returns for a calendar the user owns. */
export function calendarListEntry(cal: StoredCalendar): Record<string, unknown> {
  return {
    kind: 'calendar#calendarListEntry',
    etag: cal.etag,
    id: cal.id,
    summary: cal.summary,
    ...(cal.description ? { description: cal.description } : {}),
    timeZone: cal.timeZone,
    colorId: cal.primary ? '14' : '7',
    backgroundColor: cal.primary ? '#9fe1e7' : '#42d692',
    foregroundColor: '#000000',
    selected: true,
    accessRole: 'owner',
    defaultReminders: cal.primary ? [{ method: 'popup', minutes: 30 }] : [],
    ...(cal.primary ? { primary: true } : {}),
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}

function calendarResource(cal: StoredCalendar): Record<string, unknown> {
  return {
    kind: 'calendar#calendar',
    etag: cal.etag,
    id: cal.id,
    summary: cal.summary,
    ...(cal.description ? { description: cal.description } : {}),
    timeZone: cal.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}

function parseJson(raw: string): Record<string, unknown> {
  if (!raw.trim()) return {};
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* fall through */
  }
  throw new ApiError(400, 'parseError', 'Parse Error');
}

const bareEtag = (e: string) => e.replace(/^W\//, '').replace(/^"|"$/g, '');

/** Honour If-Match like Google: a stale etag → 412 conditionNotMet. */
function checkIfMatch(req: Incoming, ev: StoredEvent): void {
  const h = req.headers['if-match'];
  if (h === undefined) return;
  const wanted = String(h).split(',').map((s) => s.trim());
  if (wanted.includes('*')) return;
  if (!wanted.some((w) => bareEtag(w) === bareEtag(String(ev.resource['etag'])))) throw errors.conditionNotMet();
}

const eventReply = (ev: StoredEvent): Reply => ({
  status: 200,
  headers: { ETag: String(ev.resource['etag']) },
  body: structuredClone(ev.resource),
});

/** The Calendar v3 routes under /calendar/v3, each behind the bearer check and scope enforcement. */
export class CalendarApi {
  constructor(
    private readonly store: CalendarStore,
    private readonly lister: EventLister,
    private readonly oauth: OAuthServer,
  ) {}

  /** Route one request whose path starts with /calendar/v3/. */
  handle(req: Incoming): Reply {
    const principal = this.oauth.authenticate(req);
    const seg = req.path.slice('/calendar/v3/'.length).split('/').map(decodeURIComponent);
    const m = req.method;
    const params = req.url.searchParams;

    if (seg[0] === 'users' && seg[1] === 'me' && seg[2] === 'calendarList' && m === 'GET') {
      return this.calendarList(principal, seg[3]);
    }
    if (seg[0] !== 'calendars') throw errors.notFound();
    if (seg.length === 1 && m === 'POST') {
      if (!has(principal, [SCOPES.calendar, SCOPES.appCreated])) throw errors.scope();
      const cal = this.store.createCalendar(parseJson(req.rawBody), principal.clientId);
      return { status: 200, body: calendarResource(cal) };
    }
    const cal = this.store.requireCalendar(seg[1] ?? '');
    const canRead = has(principal, READ_ANY) || ownsViaAppCreated(principal, cal);
    const canWrite = has(principal, WRITE_EVENTS_ANY) || ownsViaAppCreated(principal, cal);

    if (seg.length === 2) {
      if (m === 'GET') {
        if (!canRead) throw errors.scope();
        return { status: 200, body: calendarResource(cal) };
      }
      if (m === 'DELETE') {
        if (!(principal.scopes.has(SCOPES.calendar) || ownsViaAppCreated(principal, cal))) throw errors.scope();
        this.store.deleteCalendar(cal.id);
        return { status: 204 };
      }
    }
    if (seg[2] !== 'events') throw errors.notFound();
    const eventId = seg[3];
    if (eventId === undefined) {
      if (m === 'GET') {
        if (!canRead) throw errors.scope();
        return { status: 200, body: this.lister.list(cal.id, params) };
      }
      if (m === 'POST') {
        if (!canWrite) throw errors.scope();
        return eventReply(this.store.insert(cal.id, parseJson(req.rawBody)));
      }
      throw errors.notFound();
    }
    if (seg[4] === 'instances' && seg.length === 5 && m === 'GET') {
      if (!canRead) throw errors.scope();
      return { status: 200, body: this.lister.instances(cal.id, eventId, params) };
    }
    if (seg.length !== 4) throw errors.notFound();
    return this.eventRoute(req, cal, eventId, canRead, canWrite);
  }

  private eventRoute(req: Incoming, cal: StoredCalendar, eventId: string, canRead: boolean, canWrite: boolean): Reply {
    const m = req.method;
    if (m === 'GET') {
      if (!canRead) throw errors.scope();
      // Like Google: get always returns deleted events, with status 'cancelled'.
      const ev = this.store.require(cal.id, eventId);
      const inm = req.headers['if-none-match'];
      if (inm !== undefined && bareEtag(String(inm)) === bareEtag(String(ev.resource['etag']))) {
        return { status: 304, headers: { ETag: String(ev.resource['etag']) } };
      }
      return eventReply(ev);
    }
    if (m !== 'PATCH' && m !== 'PUT' && m !== 'DELETE') throw errors.notFound();
    if (!canWrite) throw errors.scope();
    const ev = this.store.require(cal.id, eventId);
    if (m === 'DELETE') {
      if (ev.resource['status'] === 'cancelled') throw errors.deleted();
      checkIfMatch(req, ev);
      this.store.remove(cal.id, eventId);
      return { status: 204 };
    }
    checkIfMatch(req, ev);
    return eventReply(this.store.write(cal.id, eventId, parseJson(req.rawBody), m === 'PATCH' ? 'patch' : 'replace'));
  }

  private calendarList(principal: Principal, calendarId: string | undefined): Reply {
    const all = has(principal, LIST_CALENDARS);
    if (!all && !principal.scopes.has(SCOPES.appCreated)) throw errors.scope();
    const visible = this.store.listCalendars().filter((c) => all || ownsViaAppCreated(principal, c));
    if (calendarId !== undefined) {
      const cal = visible.find((c) => c.id === this.store.resolve(calendarId));
      if (!cal) throw errors.notFound();
      return { status: 200, body: calendarListEntry(cal) };
    }
    return {
      status: 200,
      body: { kind: 'calendar#calendarList', etag: this.store.etag(), items: visible.map(calendarListEntry) },
    };
  }
}
