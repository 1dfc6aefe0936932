/**
 * .ics export of the reminders. Calendar apps that subscribe to the file match
 * events by UID and take a higher SEQUENCE as "this changed", so UIDs derive
 * from step ids forever and SEQUENCE rises only when a fingerprint changes.
 */
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import type { Reminder } from '../../shared/domain/reminder';
import { foldLines } from './fold';
import { vtimezoneLines } from './vtimezone';
import { cachedOffset } from './zones';

/** What the caller persists between exports: per UID, the last fingerprint and its SEQUENCE. */
export interface IcsSequenceBook {
  [uid: string]: { fingerprint: string; sequence: number };
}

export interface ExportInput {
  reminders: Reminder[];
  book: IcsSequenceBook;
  /** ISO instant of this export (DTSTAMP). */
  now: string;
  calendarName?: string;
}

/** PRODID as written (ical-generator adds the leading "-"). */
export const PRODID = '-//Tactful//Tactful follow-up reminders//EN';
const PRODID_PARTS = { company: 'Tactful', product: 'Tactful follow-up reminders', language: 'EN' };
const UID_DOMAIN = 'tactful.app';

/** The .ics UID of a step: the step id when it is UID-safe, else a hash of it; same step, same UID. */
export function uidForStep(stepId: string): string {
  // Plan step ids look like "app-globex/round-1/thank-you": readable, and safe in a UID as they are.
  if (/^[A-Za-z0-9._\-/:]{1,150}$/.test(stepId)) return `${stepId}@${UID_DOMAIN}`;
  return `h${createHash('sha256').update(stepId, 'utf8').digest('hex').slice(0, 40)}@${UID_DOMAIN}`;
}

/** Write every reminder as a VEVENT; returns the text and the updated sequence book. */
export function exportReminders(input: ExportInput): { text: string; book: IcsSequenceBook } {
  const now = DateTime.fromISO(input.now, { zone: 'utc' });
  if (!now.isValid) throw new Error(`exportReminders: now "${input.now}" is not an ISO instant`);
  const cal = ical({ prodId: PRODID_PARTS });
  const book: IcsSequenceBook = {};
  const zonesUsed = new Map<string, { min: number; max: number }>();
  const seen = new Set<string>();
  const ordered = [...input.reminders].sort((a, b) => a.start.localeCompare(b.start) || a.stepId.localeCompare(b.stepId));

  for (const r of ordered) {
    const uid = uidForStep(r.stepId);
    if (seen.has(uid)) continue; // one VEVENT per step; a duplicate step id keeps its first reminder
    seen.add(uid);
    const start = DateTime.fromISO(r.start, { setZone: true });
    const endRaw = DateTime.fromISO(r.end, { setZone: true });
    if (!start.isValid || !endRaw.isValid) throw new Error(`exportReminders: step ${r.stepId} has an invalid start or end`);
    const end = endRaw < start ? start : endRaw;
    const zone = zoneFor(r.timeZone, start.toMillis(), end.toMillis());

    const prev = input.book[uid];
    const sequence = !prev ? 0 : prev.fingerprint === r.fingerprint ? prev.sequence : prev.sequence + 1;
    book[uid] = { fingerprint: r.fingerprint, sequence };

    if (zone) {
      const span = zonesUsed.get(zone) ?? { min: start.toUTC().year, max: end.toUTC().year };
      span.min = Math.min(span.min, start.toUTC().year);
      span.max = Math.max(span.max, end.toUTC().year);
      zonesUsed.set(zone, span);
    }
    const event = cal.createEvent({
      id: uid,
      sequence,
      stamp: now,
      // luxon DateTimes in the target zone: ical-generator then writes that zone's wall time,
      // never the machine's local time (a plain Date with a TZID would).
      start: zone ? start.setZone(zone) : start.toUTC(),
      end: zone ? end.setZone(zone) : end.toUTC(),
      ...(zone ? { timezone: zone } : {}),
      summary: r.title,
      description: r.description,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: r.categories.filter((c) => c.trim() !== '').map((name) => ({ name })),
      x: { 'X-TACTFUL-STEP-ID': r.stepId, 'X-TACTFUL-APPLICATION-ID': r.applicationId, 'X-TACTFUL-KIND': r.kind },
    });
    const url = safeUrl(r.url);
    if (url) event.url(url);
    event.createAlarm({ type: ICalAlarmType.display, triggerBefore: r.alarmMinutesBefore * 60, description: r.title });
  }

  // The calendar shell comes from ical-generator without events, the events from their own toString():
  // ical-generator's whole-file folding is slow (it encodes each character), so fold.ts folds instead.
  const shell = ical({ prodId: PRODID_PARTS, method: ICalCalendarMethod.PUBLISH, name: input.calendarName ?? 'Tactful follow-ups' }).toString();
  const timezones = [...zonesUsed.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([zone, span]) => vtimezoneLines(zone, span.min, span.max))
    .map((l) => `${l}\r\n`)
    .join('');
  const events = cal.events().map((e) => e.toString()).join('');
  const end = shell.lastIndexOf('END:VCALENDAR');
  let text = foldLines(`${shell.slice(0, end)}${timezones}${events}END:VCALENDAR`.replace(/\r?\n/g, '\r\n'));
  if (!text.endsWith('\r\n')) text += '\r\n';
  return { text, book };
}

/**
 * The TZID to write, or undefined for UTC. A wall time that occurs twice (the hour
 * repeated when DST ends) is read differently by different parsers, though RFC 5545
 * says "the first": such reminders are written in UTC so every reader agrees.
 */
function zoneFor(zone: string, ...instants: number[]): string | undefined {
  if (!zone || zone === 'UTC' || !isKnownZone(zone)) return undefined;
  const offset = (ms: number): number => cachedOffset(zone, ms);
  const ambiguous = instants.some((ms) => {
    const wall = ms + offset(ms) * 60_000;
    const offsets = new Set([offset(ms - 6 * 3_600_000), offset(ms + 6 * 3_600_000)]);
    const readings = [...offsets].filter((o) => offset(wall - o * 60_000) === o);
    return readings.length > 1;
  });
  return ambiguous ? undefined : zone;
}

const zoneValidity = new Map<string, boolean>();

/** luxon builds an Intl formatter for every validity check; a thousand reminders share a handful of zones. */
function isKnownZone(zone: string): boolean {
  let ok = zoneValidity.get(zone);
  if (ok === undefined) zoneValidity.set(zone, (ok = IANAZone.isValidZone(zone)));
  return ok;
}

/**
 * Only http(s) links, percent-encoded (spaces, non-ASCII) as RFC 3986 asks; anything else is dropped.
 * Commas and semicolons are encoded too: ical-generator would backslash-escape them, which is wrong in a URI value.
 */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href.replace(/,/g, '%2C').replace(/;/g, '%3B') : undefined;
  } catch {
    return undefined;
  }
}
