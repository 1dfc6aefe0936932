import { randomBytes } from 'node:crypto';
import { ApiError, errors } from './errors';
import { expand, isRecurringMaster } from './recurrence';
import type { CalendarStore, StoredCalendar, StoredEvent } from './store';
import type { EventResource } from './types';
import { fromWall } from './zoned';

/** Query parameters Google refuses next to a syncToken (400). */
export const BANNED_WITH_SYNC_TOKEN = ['iCalUID', 'orderBy', 'privateExtendedProperty', 'q', 'sharedExtendedProperty', 'timeMin', 'timeMax', 'updatedMin'];
const GOOGLE_MAX_RESULTS = 2500;
const TWO_YEARS = 2 * 366 * 86_400_000;

export interface ListerOptions {
  maxPageSize: number;
  shortPages: boolean;
  now: () => number;
}

/** A listing frozen at its first page, so later pages neither shift nor duplicate when writes happen in between. */
interface Snapshot {
  calendarId: string;
  items: EventResource[];
  syncSeq: number;
  pageSize: number;
  meta: Record<string, unknown>;
  issueSyncToken: boolean;
}
interface Cursor {
  snap: Snapshot;
  pos: number;
  pageIndex: number;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const opaque = () => randomBytes(18).toString('base64');

/** Parse a timeMin/timeMax/updatedMin value; Google wants an RFC 3339 timestamp with an offset. */
function parseTime(params: URLSearchParams, name: string): number | undefined {
  const v = params.get(name);
  if (v === null) return undefined;
  if (!RFC3339.test(v)) throw errors.badRequest();
  return Date.parse(v);
}

/** Start and end of an event as instants; all-day dates are read in the calendar's zone, as Google does. */
function bounds(ev: EventResource, tz: string): [number, number] | undefined {
  const at = (t: unknown): number | undefined => {
    const o = t as { date?: string; dateTime?: string } | undefined;
    if (o?.dateTime) return Date.parse(o.dateTime);
    if (o?.date) {
      const [y, mo, d] = o.date.split('-').map(Number);
      return fromWall({ y: y!, mo: mo!, d: d!, h: 0, mi: 0, s: 0 }, tz);
    }
    return undefined;
  };
  const s = at(ev['start']);
  const e = at(ev['end']) ?? s;
  return s === undefined || e === undefined ? undefined : [s, e];
}

/** What a deleted event looks like in a listing: Google only promises the id (plus instance identity). */
function tombstone(r: EventResource): EventResource {
  const t: EventResource = { kind: 'calendar#event', etag: r['etag'], id: r['id'], status: 'cancelled' };
  if (r['recurringEventId']) Object.assign(t, { recurringEventId: r['recurringEventId'], originalStartTime: r['originalStartTime'] });
  return t;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Every constraint `key=value` must match the event's extended properties of that kind. */
function matchesProps(ev: EventResource, kind: 'private' | 'shared', constraints: string[]): boolean {
  const props = ((ev['extendedProperties'] as Record<string, Record<string, string>> | undefined)?.[kind] ?? {}) as Record<string, string>;
  return constraints.every((c) => props[c.slice(0, c.indexOf('='))] === c.slice(c.indexOf('=') + 1));
}

/** events.list and events.instances: filters, recurrence expansion, snapshot paging, sync tokens. */
export class EventLister {
  private readonly cursors = new Map<string, Cursor>();
  private readonly syncTokens = new Map<string, { calendarId: string; seq: number }>();

  constructor(
    private readonly store: CalendarStore,
    private readonly opts: ListerOptions,
  ) {}

  /** Every sync token issued so far now answers 410 fullSyncRequired. */
  expireSyncTokens(): void {
    this.syncTokens.clear();
  }

  private pageSize(params: URLSearchParams): number {
    const raw = params.get('maxResults');
    let n = 250;
    if (raw !== null) {
      n = Number(raw);
      if (!Number.isInteger(n) || n < 1) throw errors.invalid(`Invalid value '${raw}'. Values must be within the range: [1, 2500]`);
    }
    return Math.min(n, GOOGLE_MAX_RESULTS, this.opts.maxPageSize);
  }

  private meta(cal: StoredCalendar): Record<string, unknown> {
    return {
      kind: 'calendar#events',
      etag: this.store.etag(),
      summary: cal.summary,
      ...(cal.description ? { description: cal.description } : {}),
      updated: new Date(this.opts.now()).toISOString(),
      timeZone: cal.timeZone,
      accessRole: 'owner',
      defaultReminders: cal.primary ? [{ method: 'popup', minutes: 30 }] : [],
    };
  }

  /** GET /calendars/{id}/events */
  list(calendarId: string, params: URLSearchParams): Record<string, unknown> {
    const cal = this.store.requireCalendar(calendarId);
    const pageToken = params.get('pageToken');
    if (pageToken !== null) return this.resume(pageToken);
    const pageSize = this.pageSize(params);
    const singleEvents = params.get('singleEvents') === 'true';
    const syncToken = params.get('syncToken');
    let items: EventResource[];
    if (syncToken !== null) {
      const banned = BANNED_WITH_SYNC_TOKEN.filter((p) => params.has(p));
      if (banned.length) throw errors.invalid(`Sync token cannot be used with ${banned.join(', ')}.`);
      const since = this.syncTokens.get(syncToken);
      if (!since || since.calendarId !== cal.id) throw errors.fullSync();
      items = this.changedSince(cal, since.seq, singleEvents);
    } else {
      items = this.fullListing(cal, params, singleEvents);
    }
    const snap: Snapshot = { calendarId: cal.id, items: structuredClone(items), syncSeq: this.store.seq, pageSize, meta: this.meta(cal), issueSyncToken: true };
    return this.page({ snap, pos: 0, pageIndex: 0 });
  }

  /** GET /calendars/{id}/events/{eventId}/instances */
  instances(calendarId: string, eventId: string, params: URLSearchParams): Record<string, unknown> {
    const cal = this.store.requireCalendar(calendarId);
    const pageToken = params.get('pageToken');
    if (pageToken !== null) return this.resume(pageToken);
    const master = this.store.require(cal.id, eventId).resource;
    if (master['status'] === 'cancelled') throw errors.deleted();
    const showDeleted = params.get('showDeleted') === 'true';
    const timeMin = parseTime(params, 'timeMin');
    const timeMax = parseTime(params, 'timeMax');
    const originalStart = params.get('originalStart');
    let items = isRecurringMaster(master) ? this.expandWithOverrides(cal, master, timeMax, showDeleted) : [master];
    items = items.filter((ev) => {
      const b = bounds(ev, cal.timeZone);
      if (b && timeMin !== undefined && b[1] <= timeMin) return false;
      if (b && timeMax !== undefined && b[0] >= timeMax) return false;
      if (originalStart !== null && Date.parse(text((ev['originalStartTime'] as { dateTime?: string })?.dateTime)) !== Date.parse(originalStart)) return false;
      return true;
    });
    const snap: Snapshot = { calendarId: cal.id, items: structuredClone(items), syncSeq: this.store.seq, pageSize: this.pageSize(params), meta: this.meta(cal), issueSyncToken: false };
    return this.page({ snap, pos: 0, pageIndex: 0 });
  }

  private resume(pageToken: string): Record<string, unknown> {
    const cursor = this.cursors.get(pageToken);
    if (!cursor) throw new ApiError(400, 'invalid', 'Invalid page token value.');
    return this.page(cursor);
  }

  private page(c: Cursor): Record<string, unknown> {
    const { snap } = c;
    let n = snap.pageSize;
    if (this.opts.shortPages) {
      if (c.pageIndex === 0 && snap.items.length > 0) n = 0;
      else if (c.pageIndex % 2 === 1) n = Math.max(1, Math.ceil(n / 2));
    }
    const end = Math.min(snap.items.length, c.pos + n);
    const body: Record<string, unknown> = { ...snap.meta, items: structuredClone(snap.items.slice(c.pos, end)) };
    if (end < snap.items.length) {
      const token = opaque();
      // Bounded memory for long-running manual sessions: the oldest cursors go first.
      if (this.cursors.size >= 10_000) this.cursors.delete(this.cursors.keys().next().value!);
      this.cursors.set(token, { snap, pos: end, pageIndex: c.pageIndex + 1 });
      body['nextPageToken'] = token;
    } else if (snap.issueSyncToken) {
      const token = opaque();
      this.syncTokens.set(token, { calendarId: snap.calendarId, seq: snap.syncSeq });
      body['nextSyncToken'] = token;
    }
    return body;
  }

  /** Everything written after change number `seq`, deletions as tombstones. */
  private changedSince(cal: StoredCalendar, seq: number, singleEvents: boolean): EventResource[] {
    const changed = this.store.all(cal.id).filter((e) => e.changeSeq > seq);
    const changedMasters = new Set(changed.filter((e) => isRecurringMaster(e.resource)).map((e) => e.resource['id']));
    const out: EventResource[] = [];
    for (const { resource: r } of changed) {
      if (singleEvents && r['recurringEventId'] && changedMasters.has(r['recurringEventId'])) continue;
      if (r['status'] === 'cancelled') out.push(tombstone(r));
      else if (singleEvents && isRecurringMaster(r)) out.push(...this.expandWithOverrides(cal, r, undefined, true));
      else out.push(r);
    }
    return out;
  }

  private expandWithOverrides(cal: StoredCalendar, master: EventResource, timeMax: number | undefined, showDeleted: boolean): EventResource[] {
    const overrides = new Map<string, StoredEvent>();
    for (const e of this.store.all(cal.id)) {
      if (e.resource['recurringEventId'] === master['id']) overrides.set(String(e.resource['id']), e);
    }
    const until = timeMax ?? this.opts.now() + TWO_YEARS;
    const out: EventResource[] = [];
    for (const inst of expand(master, cal.timeZone, until)) {
      const o = overrides.get(String(inst['id']))?.resource;
      if (o?.['status'] === 'cancelled') {
        if (showDeleted) out.push(tombstone(o));
      } else out.push(o ?? inst);
    }
    return out;
  }

  /** A full (non-incremental) listing with every filter Google supports that Tactful uses. */
  private fullListing(cal: StoredCalendar, params: URLSearchParams, singleEvents: boolean): EventResource[] {
    const timeMin = parseTime(params, 'timeMin');
    const timeMax = parseTime(params, 'timeMax');
    const updatedMin = parseTime(params, 'updatedMin');
    if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin) {
      throw new ApiError(400, 'timeRangeEmpty', 'The specified time range is empty.');
    }
    const showDeleted = params.get('showDeleted') === 'true' || updatedMin !== undefined;
    const orderBy = params.get('orderBy');
    if (orderBy !== null && orderBy !== 'startTime' && orderBy !== 'updated') throw errors.invalid();
    if (orderBy === 'startTime' && !singleEvents) {
      throw errors.badRequest('The requested ordering is not available for the particular query.');
    }
    const priv = params.getAll('privateExtendedProperty');
    const shared = params.getAll('sharedExtendedProperty');
    if ([...priv, ...shared].some((c) => c.indexOf('=') <= 0)) throw errors.invalid();
    const q = params.get('q')?.toLowerCase();
    const iCalUID = params.get('iCalUID');
    const stored = this.store.all(cal.id);
    const masterIds = new Set(stored.filter((e) => isRecurringMaster(e.resource)).map((e) => e.resource['id']));

    const candidates: Array<{ shown: EventResource; source: EventResource }> = [];
    for (const { resource: r } of stored) {
      const deleted = r['status'] === 'cancelled';
      if (singleEvents && r['recurringEventId'] && masterIds.has(r['recurringEventId'])) continue; // merged into the expansion
      if (singleEvents && isRecurringMaster(r) && !deleted) {
        for (const inst of this.expandWithOverrides(cal, r, timeMax, showDeleted)) candidates.push({ shown: inst, source: inst });
        continue;
      }
      if (deleted && !showDeleted) continue;
      candidates.push({ shown: deleted ? tombstone(r) : r, source: r });
    }
    const inWindow = (ev: EventResource): boolean => {
      if (isRecurringMaster(ev)) {
        return this.expandWithOverrides(cal, ev, timeMax, false).some((i) => inWindow(i));
      }
      const b = bounds(ev, cal.timeZone);
      if (!b) return true; // tombstones of instances carry no times
      if (timeMin !== undefined && b[1] <= timeMin && !(b[0] === b[1] && b[0] >= timeMin)) return false;
      if (timeMax !== undefined && b[0] >= timeMax) return false;
      return true;
    };
    const matches = ({ source: r }: { source: EventResource }): boolean => {
      if (r['status'] === 'cancelled' && !r['start']) return true;
      if (!inWindow(r)) return false;
      if (updatedMin !== undefined && Date.parse(text(r['updated'])) < updatedMin) return false;
      if (iCalUID !== null && r['iCalUID'] !== iCalUID) return false;
      if (priv.length && !matchesProps(r, 'private', priv)) return false;
      if (shared.length && !matchesProps(r, 'shared', shared)) return false;
      if (q) {
        const hay = [r['summary'], r['description'], r['location'], r['attendees'], r['organizer'], r['creator']].map(text).join('\n').toLowerCase();
        if (!q.split(/\s+/).every((w) => hay.includes(w))) return false;
      }
      return true;
    };
    let items = candidates.filter(matches).map((c) => c.shown);
    if (orderBy === 'startTime') {
      const start = (e: EventResource) => bounds(e, cal.timeZone)?.[0] ?? 0;
      items = items.sort((a, b) => start(a) - start(b));
    } else if (orderBy === 'updated') {
      items = items.sort((a, b) => text(a['updated']).localeCompare(text(b['updated'])));
    }
    return items;
  }
}
