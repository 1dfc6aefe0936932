import { randomBytes } from 'node:crypto';
import { ApiError, errors } from './errors';
import type { EventResource } from './types';

/** One event as stored: the resource, the change number of its last write, and whether it is a tombstone. */
export interface StoredEvent {
  resource: EventResource;
  changeSeq: number;
  order: number;
}

export interface StoredCalendar {
  id: string;
  summary: string;
  description?: string;
  timeZone: string;
  primary: boolean;
  /** OAuth client that created it (the calendar.app.created scope applies to these only). */
  createdByClient?: string;
  etag: string;
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';
/** Google's rule for client-chosen event ids: base32hex characters, 5 to 1024 long. */
export const isValidEventId = (id: string) => /^[a-v0-9]{5,1024}$/.test(id);
const randomBase32hex = (n: number) => [...randomBytes(n)].map((b) => BASE32HEX[b & 31]).join('');
const READ_ONLY = ['kind', 'etag', 'id', 'htmlLink', 'created', 'updated', 'creator', 'iCalUID', 'recurringEventId'];
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Fields patched as a whole (merging `date` into a `dateTime` start would make nonsense). */
const WHOLE = new Set(['start', 'end', 'originalStartTime', 'reminders']);

/** Google patch semantics: objects merge recursively, arrays and scalars replace, null clears. */
export function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (isPlain(v) && isPlain(out[k]) && !(depth === 0 && WHOLE.has(k))) out[k] = mergePatch(out[k], v, depth + 1);
    else out[k] = structuredClone(v);
  }
  return out;
}

const timeKey = (t: unknown) => JSON.stringify(t ?? null);

/** Calendars and events with a global change counter, which is what sync tokens and page snapshots are cut from. */
export class CalendarStore {
  seq = 0;
  private lastEtag = 0;
  private order = 0;
  private readonly cals = new Map<string, StoredCalendar>();
  private readonly evs = new Map<string, Map<string, StoredEvent>>();

  constructor(
    readonly ownerEmail: string,
    private readonly now: () => number,
    readonly ownerTimeZone = 'America/New_York',
  ) {
    this.cals.set(ownerEmail, { id: ownerEmail, summary: ownerEmail, timeZone: ownerTimeZone, primary: true, etag: this.etag() });
    this.evs.set(ownerEmail, new Map());
  }

  /** A fresh, strictly increasing, quoted etag in Google's style. */
  etag(): string {
    this.lastEtag = Math.max(this.now() * 1000, this.lastEtag + 1);
    return `"${this.lastEtag}"`;
  }

  private stamp(): { etag: string; updated: string; changeSeq: number } {
    return { etag: this.etag(), updated: new Date(this.now()).toISOString(), changeSeq: ++this.seq };
  }

  /** Resolve the `primary` alias; URL-decoded ids come in as they are. */
  resolve(calendarId: string): string {
    return calendarId === 'primary' ? this.ownerEmail : calendarId;
  }

  calendar(calendarId: string): StoredCalendar | undefined {
    return this.cals.get(this.resolve(calendarId));
  }

  /** The calendar or a 404 like Google's. */
  requireCalendar(calendarId: string): StoredCalendar {
    const c = this.calendar(calendarId);
    if (!c) throw errors.notFound();
    return c;
  }

  listCalendars(): StoredCalendar[] {
    return [...this.cals.values()];
  }

  /** calendars.insert: a secondary calendar owned by the user, remembered as created by `clientId`. */
  createCalendar(body: Record<string, unknown>, clientId?: string, id?: string): StoredCalendar {
    const summary = body['summary'];
    if (typeof summary !== 'string' || !summary) throw errors.required('Missing title.');
    const cal: StoredCalendar = {
      id: id ?? `c_${randomBytes(32).toString('hex')}@group.calendar.google.com`,
      summary,
      description: typeof body['description'] === 'string' ? body['description'] : undefined,
      timeZone: typeof body['timeZone'] === 'string' ? body['timeZone'] : this.ownerTimeZone,
      primary: false,
      createdByClient: clientId,
      etag: this.etag(),
    };
    this.cals.set(cal.id, cal);
    this.evs.set(cal.id, new Map());
    return cal;
  }

  /** calendars.delete (secondary only). */
  deleteCalendar(calendarId: string): void {
    const c = this.requireCalendar(calendarId);
    if (c.primary) throw errors.badRequest('Cannot remove primary calendar.');
    this.cals.delete(c.id);
    this.evs.delete(c.id);
  }

  /** Stored events of a calendar, in insertion order. */
  all(calendarId: string): StoredEvent[] {
    return [...(this.evs.get(this.resolve(calendarId))?.values() ?? [])].sort((a, b) => a.order - b.order);
  }

  get(calendarId: string, eventId: string): StoredEvent | undefined {
    return this.evs.get(this.resolve(calendarId))?.get(eventId);
  }

  /** The event or a 404. */
  require(calendarId: string, eventId: string): StoredEvent {
    const ev = this.get(calendarId, eventId);
    if (!ev) throw errors.notFound();
    return ev;
  }

  private htmlLink(id: string, calendarId: string): string {
    return `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${calendarId}`).toString('base64url')}`;
  }

  /** events.insert, or a seed/user-made event when `asSeed` (keeps given metadata). */
  insert(calendarId: string, body: EventResource, asSeed = false): StoredEvent {
    const cal = this.requireCalendar(calendarId);
    const map = this.evs.get(cal.id)!;
    let id = body['id'];
    if (id === undefined || id === null || id === '') id = randomBase32hex(26);
    if (typeof id !== 'string' || (!asSeed && !isValidEventId(id))) throw errors.invalid('Invalid resource id value.');
    if (map.has(id) && !asSeed) throw errors.duplicate(); // tombstones keep their id forever
    const { etag, updated, changeSeq } = this.stamp();
    const fields = asSeed ? { ...body } : Object.fromEntries(Object.entries(body).filter(([k]) => !READ_ONLY.includes(k) && k !== 'organizer'));
    if (!asSeed) validateTimes(fields);
    const self = { email: this.ownerEmail, self: true };
    const organizer = cal.primary ? self : { email: cal.id, displayName: cal.summary, self: true };
    const resource: EventResource = {
      kind: 'calendar#event',
      etag,
      id,
      status: 'confirmed',
      htmlLink: this.htmlLink(id, cal.id),
      created: updated,
      updated,
      creator: self,
      organizer,
      iCalUID: `${id}@google.com`,
      sequence: 0,
      reminders: { useDefault: true },
      eventType: 'default',
      ...structuredClone(fields),
    };
    resource['etag'] = etag;
    resource['id'] = id;
    if (!asSeed) resource['sequence'] = 0;
    const prev = map.get(id);
    const stored: StoredEvent = { resource, changeSeq, order: prev?.order ?? ++this.order };
    map.set(id, stored);
    return stored;
  }

  /** events.patch / events.update / a user's edit: new etag, `updated`, change number; sequence bumps on time changes or user edits. */
  write(calendarId: string, eventId: string, body: EventResource, mode: 'patch' | 'replace' | 'user'): StoredEvent {
    const ev = this.require(calendarId, eventId);
    const old = ev.resource;
    const fields = Object.fromEntries(Object.entries(body).filter(([k]) => !READ_ONLY.includes(k)));
    let next: EventResource;
    if (mode === 'replace') {
      const keep = Object.fromEntries(READ_ONLY.concat('organizer').filter((k) => k in old).map((k) => [k, old[k]]));
      next = { reminders: { useDefault: true }, eventType: 'default', ...keep, status: 'confirmed', ...structuredClone(fields) };
    } else next = mergePatch(old, fields);
    if (mode !== 'user') validateTimes(next);
    const timeChanged = timeKey(old['start']) !== timeKey(next['start']) || timeKey(old['end']) !== timeKey(next['end']);
    const oldSeq = Number(old['sequence'] ?? 0);
    const givenSeq = typeof fields['sequence'] === 'number' ? fields['sequence'] : oldSeq;
    next['sequence'] = mode === 'user' || timeChanged ? Math.max(oldSeq + 1, givenSeq) : Math.max(oldSeq, givenSeq);
    const { etag, updated, changeSeq } = this.stamp();
    Object.assign(next, { etag, updated });
    ev.resource = next;
    ev.changeSeq = changeSeq;
    return ev;
  }

  /** events.delete / a user's delete: the event stays as a `cancelled` tombstone (its id can never be reused). */
  remove(calendarId: string, eventId: string): StoredEvent {
    const ev = this.require(calendarId, eventId);
    if (ev.resource['status'] === 'cancelled') throw errors.deleted();
    const { etag, updated, changeSeq } = this.stamp();
    ev.resource = { ...ev.resource, status: 'cancelled', etag, updated };
    ev.changeSeq = changeSeq;
    return ev;
  }
}

type Time = { date?: unknown; dateTime?: unknown; timeZone?: unknown };
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i;

/** Start/end checks Google makes on writes. */
function validateTimes(ev: EventResource): void {
  const check = (name: 'start' | 'end'): number => {
    const t = ev[name] as Time | undefined;
    if (!isPlain(t) || (t.date === undefined && t.dateTime === undefined)) {
      throw errors.required(`Missing ${name} time.`);
    }
    if (t.dateTime !== undefined) {
      if (typeof t.dateTime !== 'string' || !RFC3339.test(t.dateTime)) throw errors.invalid('Invalid value for: Invalid format: "' + String(t.dateTime) + '"');
      if (!/(Z|[+-]\d{2}:\d{2})$/i.test(t.dateTime) && typeof t.timeZone !== 'string') {
        throw errors.required(`Missing time zone definition for ${name} time.`);
      }
      return Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(t.dateTime) ? t.dateTime : `${t.dateTime}Z`);
    }
    if (typeof t.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(t.date)) throw errors.invalid();
    return Date.parse(`${t.date}T00:00:00Z`);
  };
  const s = check('start');
  const e = check('end');
  if (e < s) throw new ApiError(400, 'timeRangeEmpty', 'The specified time range is empty.');
}
