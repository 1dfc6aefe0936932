import type { CalendarEvent, CalendarOwner, EventPerson, EventTime } from '../domain/event';

/**
 * Maps Google Calendar v3 `Event` resources (as `events.list` returns them) to the one
 * normalised `CalendarEvent`. Lenient on purpose: Google adds fields over time and real
 * calendars hold odd data, so unknown fields are ignored, missing optional fields get
 * neutral defaults, and only a shape we cannot identify (no id, wrong types) is skipped.
 */

type Json = Record<string, unknown>;

const STATUSES = new Set(['confirmed', 'tentative', 'cancelled']);
const RESPONSES = new Set(['needsAction', 'declined', 'tentative', 'accepted']);

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** undefined/null → fallback; string → itself; anything else → a type error. */
function optString(obj: Json, key: string): string | undefined | Error {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  return new Error(`${key} is not a string`);
}

function optBool(obj: Json, key: string): boolean | undefined {
  const v = obj[key];
  return typeof v === 'boolean' ? v : undefined;
}

function parsePerson(v: unknown): EventPerson | undefined {
  if (!isObject(v)) return undefined;
  const person: EventPerson = {};
  if (typeof v.email === 'string') person.email = v.email;
  if (typeof v.displayName === 'string') person.displayName = v.displayName;
  const self = optBool(v, 'self');
  if (self !== undefined) person.self = self;
  const organizer = optBool(v, 'organizer');
  if (organizer !== undefined) person.organizer = organizer;
  const resource = optBool(v, 'resource');
  if (resource !== undefined) person.resource = resource;
  const optional = optBool(v, 'optional');
  if (optional !== undefined) person.optional = optional;
  if (typeof v.responseStatus === 'string' && RESPONSES.has(v.responseStatus)) {
    person.responseStatus = v.responseStatus as EventPerson['responseStatus'];
  }
  return person;
}

function parseTime(v: unknown): EventTime | undefined | Error {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) return new Error('time is not an object');
  const t: EventTime = {};
  if (typeof v.dateTime === 'string') t.dateTime = v.dateTime;
  if (typeof v.date === 'string') t.date = v.date;
  if (typeof v.timeZone === 'string') t.timeZone = v.timeZone;
  return t.dateTime === undefined && t.date === undefined ? undefined : t;
}

/** Maps one Google Calendar v3 Event resource to a CalendarEvent, or says why it was skipped; never throws. */
export function fromGoogleEvent(raw: unknown, calendarId: string): { event: CalendarEvent } | { skipped: string } {
  try {
    return mapEvent(raw, calendarId);
  } catch (err) {
    // Defensive: getters on exotic objects (proxies) could throw; a bad item must not stop a sync.
    return { skipped: `unreadable event: ${err instanceof Error ? err.message : 'unknown error'}` };
  }
}

function mapEvent(raw: unknown, calendarId: string): { event: CalendarEvent } | { skipped: string } {
  if (!isObject(raw)) return { skipped: 'not an object' };
  const id = raw.id;
  if (typeof id !== 'string' || id.length === 0) return { skipped: 'missing id' };

  const texts: Record<'summary' | 'description' | 'location', string> = { summary: '', description: '', location: '' };
  for (const key of ['summary', 'description', 'location'] as const) {
    const v = optString(raw, key);
    if (v instanceof Error) return { skipped: `${id}: ${v.message}` };
    texts[key] = v ?? '';
  }

  const statusRaw = raw.status;
  let status: CalendarEvent['status'] = 'confirmed';
  if (typeof statusRaw === 'string' && STATUSES.has(statusRaw)) status = statusRaw as CalendarEvent['status'];
  else if (statusRaw !== undefined && statusRaw !== null) return { skipped: `${id}: unknown status` };

  const start = parseTime(raw.start);
  if (start instanceof Error) return { skipped: `${id}: start ${start.message}` };
  const end = parseTime(raw.end);
  if (end instanceof Error) return { skipped: `${id}: end ${end.message}` };
  const originalStartTime = parseTime(raw.originalStartTime);

  let attendees: EventPerson[] = [];
  if (Array.isArray(raw.attendees)) {
    attendees = raw.attendees.map(parsePerson).filter((p): p is EventPerson => p !== undefined);
  } else if (raw.attendees !== undefined && raw.attendees !== null) {
    return { skipped: `${id}: attendees is not a list` };
  }

  const event: CalendarEvent = {
    id,
    source: 'google',
    calendarId,
    status,
    summary: texts.summary,
    description: texts.description,
    location: texts.location,
    attendees,
    conferenceEntryPoints: [],
    eventType: typeof raw.eventType === 'string' && raw.eventType ? raw.eventType : 'default',
  };
  if (start) event.start = start;
  if (end) event.end = end;
  if (originalStartTime && !(originalStartTime instanceof Error)) event.originalStartTime = originalStartTime;
  const organizer = parsePerson(raw.organizer);
  if (organizer) event.organizer = organizer;
  const creator = parsePerson(raw.creator);
  if (creator) event.creator = creator;
  for (const key of ['hangoutLink', 'recurringEventId', 'iCalUID', 'updated', 'htmlLink'] as const) {
    const v = raw[key];
    if (typeof v === 'string' && v) event[key] = v;
  }

  const conf = raw.conferenceData;
  if (isObject(conf)) {
    if (Array.isArray(conf.entryPoints)) {
      for (const ep of conf.entryPoints) {
        if (!isObject(ep) || typeof ep.entryPointType !== 'string' || typeof ep.uri !== 'string') continue;
        const entry: CalendarEvent['conferenceEntryPoints'][number] = { entryPointType: ep.entryPointType, uri: ep.uri };
        if (typeof ep.label === 'string') entry.label = ep.label;
        event.conferenceEntryPoints.push(entry);
      }
    }
    const solution = conf.conferenceSolution;
    if (isObject(solution) && typeof solution.name === 'string' && solution.name) event.conferenceName = solution.name;
  }
  return { event };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The calendar's owner from an events.list response (or a fixture): `owner`, an email `summary`, or a `self` attendee. */
export function ownerFromEventsList(raw: unknown): CalendarOwner | undefined {
  try {
    if (!isObject(raw)) return undefined;
    const owner = raw.owner;
    if (isObject(owner) && typeof owner.email === 'string' && owner.email) {
      return typeof owner.name === 'string' && owner.name ? { email: owner.email, name: owner.name } : { email: owner.email };
    }
    // events.list names the primary calendar after its owner's address.
    if (typeof raw.summary === 'string' && EMAIL.test(raw.summary)) return { email: raw.summary };
    if (Array.isArray(raw.items)) {
      for (const item of raw.items) {
        if (!isObject(item)) continue;
        for (const list of [item.attendees, [item.organizer], [item.creator]]) {
          if (!Array.isArray(list)) continue;
          for (const p of list) {
            if (isObject(p) && p.self === true && typeof p.email === 'string' && p.email) {
              return typeof p.displayName === 'string' && p.displayName
                ? { email: p.email, name: p.displayName }
                : { email: p.email };
            }
          }
        }
      }
    }
    return undefined;
  } catch {
    return undefined;
  }
}
