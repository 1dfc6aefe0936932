/**
 * Reads one VEVENT into a checked intermediate form: every value the importer
 * relies on is validated here, so problems are reported with their line
 * before anything is built.
 */
import { createHash } from 'node:crypto';
import type { ContentLine } from './contentline';
import { ContentLineError, unescapeText } from './contentline';
import type { EventPerson } from '../../shared/domain/event';
import { parseTimeValue, type IcsTime } from './zones';
import { prop, props, type Component } from './tree';

export interface RawEvent {
  line: number;
  uid: string;
  sequence: number;
  start: IcsTime;
  end?: IcsTime;
  /** From DURATION: milliseconds (timed) — for all-day events whole days are taken from it. */
  durationMs?: number;
  recurrenceId?: IcsTime;
  rrules: ContentLine[];
  rdates: IcsTime[];
  exdates: IcsTime[];
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer?: EventPerson;
  attendees: EventPerson[];
  conferenceProps: string[];
  updated?: IcsTime;
}

const DURATION_RE = /^([+-])?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

/** Validate and read one VEVENT; throws ContentLineError. */
export function readVevent(c: Component): RawEvent {
  const dtstart = prop(c, 'DTSTART');
  if (!dtstart) throw new ContentLineError(c.line, 'VEVENT has no DTSTART');
  const start = parseTimeValue(dtstart.value, dtstart);
  const dtend = prop(c, 'DTEND');
  const end = dtend ? parseTimeValue(dtend.value, dtend) : undefined;
  if (end && end.isDate !== start.isDate) throw new ContentLineError(dtend!.line, 'DTEND and DTSTART must both be dates or both be date-times');
  const durationProp = prop(c, 'DURATION');
  const durationMs = durationProp && !end ? parseDuration(durationProp) : undefined;
  const rid = prop(c, 'RECURRENCE-ID');
  const uidProp = prop(c, 'UID');
  const raw: RawEvent = {
    line: c.line,
    uid: uidProp?.value.trim() || syntheticUid(c),
    sequence: toInt(prop(c, 'SEQUENCE')?.value),
    start,
    rrules: props(c, 'RRULE'),
    rdates: props(c, 'RDATE').flatMap((p) => listOf(p, true)),
    exdates: props(c, 'EXDATE').flatMap((p) => listOf(p, false)),
    status: statusOf(prop(c, 'STATUS')?.value),
    summary: text(c, 'SUMMARY'),
    description: text(c, 'DESCRIPTION'),
    location: text(c, 'LOCATION'),
    attendees: props(c, 'ATTENDEE').map(person),
    conferenceProps: ['X-MICROSOFT-SKYPETEAMSMEETINGURL', 'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK', 'X-GOOGLE-CONFERENCE']
      .map((n) => prop(c, n)?.value)
      .filter((v): v is string => !!v)
      .map((v) => unescapeText(v).trim()),
  };
  if (end) raw.end = end;
  if (durationMs !== undefined) raw.durationMs = durationMs;
  if (rid) raw.recurrenceId = parseTimeValue(rid.value, rid);
  const url = prop(c, 'URL')?.value.trim();
  if (url && /^https?:\/\//i.test(url)) raw.url = url;
  const org = prop(c, 'ORGANIZER');
  if (org) raw.organizer = person(org);
  const stamp = prop(c, 'LAST-MODIFIED') ?? prop(c, 'DTSTAMP');
  if (stamp) {
    try {
      raw.updated = parseTimeValue(stamp.value, stamp);
    } catch {
      // A broken DTSTAMP costs only the `updated` field; it never changes what the event is.
    }
  }
  return raw;
}

/** Person from ORGANIZER / ATTENDEE: mailto stripped, CN, PARTSTAT, CUTYPE, ROLE. */
function person(p: ContentLine): EventPerson {
  const out: EventPerson = {};
  const v = p.value.trim().replace(/^mailto:/i, '');
  if (v.includes('@')) out.email = v.toLowerCase();
  else if (p.params.EMAIL) out.email = p.params.EMAIL.toLowerCase();
  const cn = p.params.CN?.trim();
  if (cn && cn.toLowerCase() !== out.email) out.displayName = cn;
  const cutype = p.params.CUTYPE?.toUpperCase();
  if (cutype === 'ROOM' || cutype === 'RESOURCE') out.resource = true;
  if (p.params.ROLE?.toUpperCase() === 'OPT-PARTICIPANT') out.optional = true;
  const status = PARTSTAT[p.params.PARTSTAT?.toUpperCase() ?? ''];
  if (status) out.responseStatus = status;
  return out;
}

const PARTSTAT: Record<string, EventPerson['responseStatus']> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  'NEEDS-ACTION': 'needsAction',
};

function statusOf(v: string | undefined): RawEvent['status'] {
  const s = v?.trim().toUpperCase();
  return s === 'CANCELLED' ? 'cancelled' : s === 'TENTATIVE' ? 'tentative' : 'confirmed';
}

function text(c: Component, name: string): string {
  const p = prop(c, name);
  return p ? unescapeText(p.value).trim() : '';
}

function toInt(v: string | undefined): number {
  const n = v ? Number.parseInt(v, 10) : 0;
  return Number.isFinite(n) ? n : 0;
}

function listOf(p: ContentLine, periods: boolean): IcsTime[] {
  return p.value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => parseTimeValue(periods ? v.split('/')[0]! : v, p));
}

function parseDuration(p: ContentLine): number {
  const m = DURATION_RE.exec(p.value.trim());
  if (!m || p.value.trim() === 'P' || p.value.trim() === 'PT') {
    throw new ContentLineError(p.line, `DURATION "${p.value.slice(0, 30)}" is not an iCalendar duration`);
  }
  const [, sign, w, d, h, min, s] = m;
  const ms = ((+(w ?? 0) * 7 + +(d ?? 0)) * 86_400 + +(h ?? 0) * 3600 + +(min ?? 0) * 60 + +(s ?? 0)) * 1000;
  return sign === '-' ? 0 : ms;
}

/** UIDs are required, but some exporters drop them: derive one from the content so re-imports match. */
function syntheticUid(c: Component): string {
  const basis = c.props
    .filter((p) => p.name === 'DTSTART' || p.name === 'SUMMARY' || p.name === 'RECURRENCE-ID')
    .map((p) => `${p.name}:${p.value}`)
    .join('\n');
  return `nouid-${createHash('sha256').update(basis).digest('hex').slice(0, 24)}`;
}
