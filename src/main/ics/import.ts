/**
 * .ics import: text → normalised CalendarEvents over a window. All or nothing:
 * any problem throws IcsImportError naming the line, and nothing half-built
 * escapes, because events are only returned once the whole file has been read.
 */
import { createHash } from 'node:crypto';
import type { CalendarEvent, CalendarOwner, EventTime } from '../../shared/domain/event';
import { ContentLineError, unescapeText } from './contentline';
import { findConference, isConferenceUrl } from './conference';
import { expandOccurrences, MAX_FILE_STEPS, type Occurrence, type StepBudget } from './expand';
import { guessOwner, markSelf } from './owner';
import { parseTree, prop } from './tree';
import { readVevent, type RawEvent } from './vevent';
import { formatDate, formatRfc3339, wallAsUtcMs, ZoneBook, type IcsTime, type Wall, type Zone } from './zones';

import { IcsImportError } from './errors';

export { IcsImportError, IcsFetchError } from './errors';
export { fetchIcsUrl } from './fetch';
export { guessOwner } from './owner';

/** Default size limit for an imported file (20 MB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ParseIcsOptions {
  calendarId: string;
  window: { start: string; end: string };
  maxBytes?: number;
  /** IANA zone for floating times when the file names none (X-WR-TIMEZONE wins); default UTC. */
  floatingTimeZone?: string;
  /** Tighter bounds than the defaults (tests, previews): recurrence steps per file, events returned. */
  limits?: { fileSteps?: number; events?: number };
}

export interface ParsedIcs {
  events: CalendarEvent[];
  calendarName?: string;
  ownerGuess?: CalendarOwner;
}

const DAY = 86_400_000;
/** Most events one import may return; past it the window is too wide for the file. */
export const MAX_EVENTS = 250_000;

/** Parse an .ics text into the events that touch the window, expanding recurrences. */
export function parseIcs(text: string, opts: ParseIcsOptions): ParsedIcs {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
    throw new IcsImportError(`the file is ${mb(Buffer.byteLength(text, 'utf8'))} and the limit is ${mb(maxBytes)}`);
  }
  const windowStart = Date.parse(opts.window.start);
  const windowEnd = Date.parse(opts.window.end);
  if (!Number.isFinite(windowStart) || !Number.isFinite(windowEnd) || windowEnd < windowStart) {
    throw new IcsImportError(`the import window ${opts.window.start} … ${opts.window.end} is not a valid range`);
  }
  let line: number | undefined;
  try {
    const roots = parseTree(text);
    const budget: StepBudget = { left: opts.limits?.fileSteps ?? MAX_FILE_STEPS };
    const events: CalendarEvent[] = [];
    let calendarName: string | undefined;
    for (const cal of roots) {
      const name = prop(cal, 'X-WR-CALNAME') ?? prop(cal, 'NAME');
      if (name && calendarName === undefined) calendarName = unescapeText(name.value).trim() || undefined;
      const floating = prop(cal, 'X-WR-TIMEZONE')?.value.trim() || opts.floatingTimeZone;
      const zones = new ZoneBook(cal, floating);
      const raws: RawEvent[] = [];
      for (const c of cal.children) {
        if (c.name !== 'VEVENT') continue;
        line = c.line;
        raws.push(readVevent(c));
      }
      const build = new Builder(opts.calendarId, zones, windowStart, windowEnd, budget, opts.limits?.events ?? MAX_EVENTS);
      for (const group of groupByUid(raws)) {
        line = group[0]!.line;
        build.series(group, events);
      }
    }
    line = undefined;
    const unique = sortByStart(dedupe(events));
    const ownerGuess = ownerFrom(calendarName, unique) ?? guessOwner(unique);
    if (ownerGuess) markSelf(unique, ownerGuess);
    const out: ParsedIcs = { events: unique };
    if (calendarName) out.calendarName = calendarName;
    if (ownerGuess) out.ownerGuess = ownerGuess;
    return out;
  } catch (e) {
    if (e instanceof IcsImportError) throw e;
    if (e instanceof ContentLineError) throw new IcsImportError(e.problem, e.line, { cause: e });
    // Anything else is a bug or a library surprise: still an import error, pointing at the event being read.
    const msg = e instanceof Error ? e.message : String(e);
    throw new IcsImportError(`could not read this event (${msg})`, line, { cause: e });
  }
}

class Builder {
  constructor(
    private readonly calendarId: string,
    private readonly zones: ZoneBook,
    private readonly windowStart: number,
    private readonly windowEnd: number,
    private readonly budget: StepBudget,
    private readonly maxEvents: number,
  ) {}

  /** Emit the instances of one UID: a single event, or a master with its overrides. */
  series(group: RawEvent[], out: CalendarEvent[]): void {
    const masters = group.filter((r) => !r.recurrenceId).sort((a, b) => b.sequence - a.sequence);
    const overrides = group.filter((r) => r.recurrenceId);
    const master = masters[0];
    const baseId = idSafe(group[0]!.uid);
    if (master && master.rrules.length === 0 && master.rdates.length === 0) {
      this.push(out, master, baseId, undefined);
      return;
    }
    const byRid = new Map<number, RawEvent>();
    for (const o of overrides) {
      const key = this.ridMs(o.recurrenceId!, master);
      const prev = byRid.get(key);
      if (!prev || o.sequence >= prev.sequence) byRid.set(key, o);
    }
    if (master) {
      const zone = this.zones.zoneOf(master.start);
      const occurrences = expandOccurrences({
        start: master.start, zone, rrules: master.rrules, rdates: master.rdates, exdates: master.exdates,
        zoneOf: (t) => this.zones.zoneOf(t), windowStart: this.windowStart, windowEnd: this.windowEnd, budget: this.budget,
      });
      for (const occ of occurrences) {
        const override = byRid.get(occ.ms);
        if (override) {
          byRid.delete(occ.ms);
          this.push(out, override, baseId, { occ, zone, master });
        } else {
          this.push(out, master, baseId, { occ, zone, master });
        }
      }
    }
    // Overrides whose original slot was not generated (moved in from outside, or no master in the file).
    for (const o of byRid.values()) {
      const zone = this.zones.zoneOf(o.recurrenceId!);
      const ms = o.recurrenceId!.isDate ? wallAsUtcMs(o.recurrenceId!.wall) : zone.toInstant(o.recurrenceId!.wall);
      this.push(out, o, baseId, { occ: { wall: o.recurrenceId!.wall, ms }, zone, master });
    }
  }

  private ridMs(rid: IcsTime, master: RawEvent | undefined): number {
    if (rid.isDate || master?.start.isDate) return wallAsUtcMs(rid.wall);
    return this.zones.zoneOf(rid).toInstant(rid.wall);
  }

  /** Build one CalendarEvent; `instance` is set for occurrences of a series. */
  private push(out: CalendarEvent[], raw: RawEvent, baseId: string, instance: { occ: Occurrence; zone: Zone; master: RawEvent | undefined } | undefined): void {
    const zone = this.zones.zoneOf(raw.start);
    const isOverride = !!raw.recurrenceId;
    // A generated instance starts at its occurrence; an override or single event at its own DTSTART.
    const startWall = instance && !isOverride ? instance.occ.wall : raw.start.wall;
    const isDate = raw.start.isDate;
    const startZone = instance && !isOverride ? instance.zone : zone;
    const startMs = isDate ? wallAsUtcMs(startWall) : startZone.toInstant(startWall);
    const endMs = this.endMs(raw, startMs, zone);
    if (!this.inWindow(startMs, endMs, isDate)) return;
    if (out.length >= this.maxEvents) {
      throw new IcsImportError(`more than ${this.maxEvents.toLocaleString('en-US')} events fall in the import window; import a shorter window`, raw.line);
    }

    const conference = this.conferenceOf(raw);
    const event: CalendarEvent = {
      id: instance ? `${baseId}_${ridKey(instance.occ, isDateOf(instance))}` : baseId,
      source: 'ics',
      calendarId: this.calendarId,
      status: raw.status === 'cancelled' || instance?.master?.status === 'cancelled' ? 'cancelled' : raw.status,
      summary: raw.summary,
      description: raw.description,
      location: raw.location,
      start: this.time(startMs, isDate, startZone),
      end: this.time(endMs, isDate, isDate ? startZone : zone),
      attendees: raw.attendees.map((a) => ({ ...a, ...(raw.organizer?.email && a.email === raw.organizer.email ? { organizer: true } : {}) })),
      conferenceEntryPoints: conference.entryPoints.map((c) => ({ ...c })),
      eventType: 'default',
      iCalUID: raw.uid,
    };
    if (raw.organizer) event.organizer = { ...raw.organizer };
    if (conference.name) event.conferenceName = conference.name;
    if (conference.hangoutLink) event.hangoutLink = conference.hangoutLink;
    if (raw.url && !isConferenceUrl(raw.url)) event.htmlLink = raw.url;
    if (raw.updated) event.updated = new Date(this.zones.zoneOf(raw.updated).toInstant(raw.updated.wall)).toISOString();
    if (instance) {
      event.recurringEventId = baseId;
      const original = instance.occ;
      event.originalStartTime = this.time(original.ms, isDateOf(instance), instance.zone);
    }
    out.push(event);
  }

  private readonly conferences = new WeakMap<RawEvent, ReturnType<typeof findConference>>();

  /** Links are found once per VEVENT, not once per generated instance. */
  private conferenceOf(raw: RawEvent): ReturnType<typeof findConference> {
    let found = this.conferences.get(raw);
    if (!found) {
      found = findConference(raw.conferenceProps.concat(raw.url && isConferenceUrl(raw.url) ? [raw.url] : []), [raw.description, raw.location]);
      this.conferences.set(raw, found);
    }
    return found;
  }

  private endMs(raw: RawEvent, startMs: number, zone: Zone): number {
    if (raw.start.isDate) {
      const days = raw.end ? Math.max(1, Math.round((wallAsUtcMs(raw.end.wall) - wallAsUtcMs(raw.start.wall)) / DAY)) : raw.durationMs ? Math.max(1, Math.ceil(raw.durationMs / DAY)) : 1;
      return startMs + days * DAY;
    }
    if (raw.end) {
      const ownStart = zone.toInstant(raw.start.wall);
      const ownEnd = this.zones.zoneOf(raw.end).toInstant(raw.end.wall);
      return startMs + Math.max(0, ownEnd - ownStart);
    }
    return startMs + (raw.durationMs ?? 0);
  }

  private inWindow(startMs: number, endMs: number, isDate: boolean): boolean {
    const slack = isDate ? DAY : 0;
    if (startMs >= this.windowEnd + slack) return false;
    if (endMs > this.windowStart - slack) return true;
    return endMs === startMs && startMs >= this.windowStart;
  }

  private time(ms: number, isDate: boolean, zone: Zone): EventTime {
    if (isDate) return { date: formatDate(wallOf(ms)) };
    return zone.iana ? { dateTime: formatRfc3339(ms, zone), timeZone: zone.iana } : { dateTime: formatRfc3339(ms, zone) };
  }
}

function isDateOf(instance: { master: RawEvent | undefined; occ: Occurrence }): boolean {
  return instance.master?.start.isDate ?? instance.occ.wall.hour + instance.occ.wall.minute + instance.occ.wall.second === 0;
}

/** `_20261103T170000Z` for timed instances, `_20261103` for all-day ones (as Google does). */
function ridKey(occ: Occurrence, isDate: boolean): string {
  const iso = new Date(occ.ms).toISOString();
  const basic = iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
  return isDate ? basic.slice(0, 8) : basic;
}

function wallOf(ms: number): Wall {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, second: 0 };
}

/** Keep UIDs readable when they are id-safe; hash the rest so ids stay deterministic. */
function idSafe(uid: string): string {
  if (/^[A-Za-z0-9@._+-]{1,200}$/.test(uid)) return uid;
  return `h${createHash('sha256').update(uid).digest('hex').slice(0, 32)}`;
}

function groupByUid(raws: RawEvent[]): RawEvent[][] {
  const groups = new Map<string, RawEvent[]>();
  for (const r of raws) {
    const g = groups.get(r.uid);
    if (g) g.push(r);
    else groups.set(r.uid, [r]);
  }
  return [...groups.values()];
}

function dedupe(events: CalendarEvent[]): CalendarEvent[] {
  const byId = new Map<string, CalendarEvent>();
  for (const e of events) byId.set(e.id, e);
  return [...byId.values()];
}

/** Chronological, ties by id; keys computed once (Date.parse in a comparator was a hot spot). */
function sortByStart(events: CalendarEvent[]): CalendarEvent[] {
  const keyed = events.map((e) => ({ e, t: Date.parse(e.start?.dateTime ?? e.start?.date ?? '') }));
  keyed.sort((a, b) => a.t - b.t || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  return keyed.map((k) => k.e);
}

function ownerFrom(calendarName: string | undefined, events: CalendarEvent[]): CalendarOwner | undefined {
  // Google's exports name the calendar after its owner's address.
  if (!calendarName || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(calendarName)) return undefined;
  const email = calendarName.toLowerCase();
  const name = events.flatMap((e) => [e.organizer, ...e.attendees]).find((p) => p?.email === email && p.displayName)?.displayName;
  return name ? { email, name } : { email };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
