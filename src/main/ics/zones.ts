/**
 * Date values and TZIDs: turns an .ics wall-clock time plus its TZID into an
 * instant, whatever the TZID looks like (IANA, a Windows name from Outlook,
 * or a private name backed by the file's own VTIMEZONE).
 */
import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { findIana } from 'windows-iana';
import { ContentLineError, type ContentLine } from './contentline';
import type { Component } from './tree';

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface IcsTime {
  wall: Wall;
  isDate: boolean;
  utc: boolean;
  tzid?: string;
}

const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

/** Parse one DATE or DATE-TIME value; throws ContentLineError naming the line. */
export function parseTimeValue(value: string, p: ContentLine): IcsTime {
  const v = value.trim();
  const tzid = p.params.TZID?.replace(/^\//, '');
  let m = DATE_RE.exec(v);
  if (m) return { wall: checkWall(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, p), isDate: true, utc: false };
  m = DATE_TIME_RE.exec(v);
  if (m && p.params.VALUE?.toUpperCase() !== 'DATE') {
    const wall = checkWall(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, p);
    const utc = m[7] === 'Z';
    return utc || !tzid ? { wall, isDate: false, utc } : { wall, isDate: false, utc, tzid };
  }
  if (v === '') throw new ContentLineError(p.line, `${p.name} has no value`);
  throw new ContentLineError(p.line, `${p.name} value "${v.slice(0, 30)}" is not an iCalendar date or date-time`);
}

function checkWall(year: number, month: number, day: number, hour: number, minute: number, second: number, p: ContentLine): Wall {
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > dim || hour > 23 || minute > 59 || second > 60) {
    throw new ContentLineError(p.line, `${p.name} has an impossible date or time "${p.value.slice(0, 30)}"`);
  }
  return { year, month, day, hour, minute, second: Math.min(second, 59) };
}

/** Milliseconds of a wall clock read as if it were UTC. */
export function wallAsUtcMs(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** A resolved zone: converts wall clocks to instants and instants back to offsets. */
export interface Zone {
  /** IANA name when known (for CalendarEvent.timeZone). */
  iana?: string;
  toInstant(w: Wall): number;
  /** Offset in minutes east of UTC at an instant. */
  offsetAt(ms: number): number;
}

const UTC_ZONE: Zone = { iana: 'UTC', toInstant: wallAsUtcMs, offsetAt: () => 0 };

const QUARTER_HOUR = 15 * 60_000;
const offsetCaches = new Map<string, Map<number, number>>();

/**
 * Offset of an IANA zone at an instant, cached: luxon asks Intl each time (~50 µs),
 * which dominated imports of large files. A UTC day whose two ends share an offset
 * is taken to have no transition inside (true of every real zone rule); a day with
 * a transition is cached per quarter hour, where all transitions since the 1970s fall.
 */
export function cachedOffset(name: string, ms: number): number {
  let cache = offsetCaches.get(name);
  if (!cache || cache.size > 200_000) offsetCaches.set(name, (cache = new Map()));
  const day = Math.floor(ms / DAY_MS);
  // Keys: day number for whole days (NaN = not uniform), negative quarter-hour numbers otherwise.
  let whole = cache.get(day);
  if (whole === undefined) {
    const zone = IANAZone.create(name);
    const first = zone.offset(day * DAY_MS);
    whole = first === zone.offset((day + 1) * DAY_MS - 1) ? first : Number.NaN;
    cache.set(day, whole);
  }
  if (!Number.isNaN(whole)) return whole;
  const bucket = -1 - Math.floor(ms / QUARTER_HOUR);
  let o = cache.get(bucket);
  if (o === undefined) {
    o = IANAZone.create(name).offset(-(bucket + 1) * QUARTER_HOUR);
    cache.set(bucket, o);
  }
  return o;
}

/**
 * Wall clock → instant as RFC 5545 §3.3.5 says: a repeated wall time means its first
 * occurrence; a skipped one (spring forward) is read with the offset before the gap.
 */
export function wallToInstant(w: Wall, offsetAt: (ms: number) => number): number {
  const local = wallAsUtcMs(w);
  const before = offsetAt(local - DAY_MS);
  const after = offsetAt(local + DAY_MS);
  const candidates = (before === after ? [before] : [before, after])
    .map((o) => local - o * 60_000)
    .filter((c) => offsetAt(c) * 60_000 === local - c);
  if (candidates.length === 0) return local - before * 60_000;
  return Math.min(...candidates);
}

const DAY_MS = 86_400_000;

function ianaZone(name: string): Zone {
  const offsetAt = (ms: number): number => cachedOffset(name, ms);
  return { iana: name, toInstant: (w) => wallToInstant(w, offsetAt), offsetAt };
}

function vtimezoneZone(tz: ICAL.Timezone, iana?: string): Zone {
  const offsetOfWall = (w: Wall): number =>
    tz.utcOffset(ICAL.Time.fromData({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second, isDate: false }));
  const zone: Zone = {
    toInstant: (w) => wallAsUtcMs(w) - offsetOfWall(w) * 1000,
    offsetAt: (ms) => {
      // ical.js answers offsets for wall times; iterate once to find the wall time of this instant.
      const guess = new Date(ms);
      const wall = (d: Date): Wall => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() });
      const first = offsetOfWall(wall(guess));
      return offsetOfWall(wall(new Date(ms + first * 1000))) / 60;
    },
  };
  if (iana) zone.iana = iana;
  return zone;
}

/** Map a TZID to an IANA name when it is one, or a known Windows name. */
export function tzidToIana(tzid: string): string | undefined {
  const clean = tzid.replace(/^\//, '').replace(/^"|"$/g, '').trim();
  if (IANAZone.isValidZone(clean) && /\//.test(clean)) return clean;
  if (clean === 'UTC' || clean === 'GMT' || clean === 'Etc/UTC') return 'UTC';
  const win = findIana(clean)[0];
  if (win) return modernName(win);
  // Outlook sometimes writes the display name: "(UTC+01:00) Amsterdam, Berlin, …" has no mapping; the VTIMEZONE decides.
  return undefined;
}

/**
 * CLDR's Windows table uses old tzdata names for a few zones; write what Google and
 * everyone else writes today (when this runtime knows the new name).
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'Etc/UTC': 'UTC',
};

function modernName(iana: string): string {
  const renamed = RENAMED[iana];
  return renamed && (renamed === 'UTC' || IANAZone.isValidZone(renamed)) ? renamed : iana;
}

const definedZones = new Map<string, Zone>();

/** Resolves TZIDs for one calendar, caching each zone. */
export class ZoneBook {
  private readonly cache = new Map<string, Zone>();
  private readonly vtimezones = new Map<string, Component>();
  readonly floating: Zone;

  constructor(calendar: Component, floatingZone: string | undefined) {
    for (const c of calendar.children) {
      if (c.name !== 'VTIMEZONE') continue;
      const id = c.props.find((p) => p.name === 'TZID')?.value.replace(/^\//, '').trim();
      if (id) this.vtimezones.set(id, c);
    }
    this.floating = floatingZone && IANAZone.isValidZone(floatingZone) ? ianaZone(floatingZone) : UTC_ZONE;
  }

  /** The zone of a parsed time: UTC, its TZID's zone, or the floating zone. */
  zoneOf(t: IcsTime): Zone {
    if (t.utc) return UTC_ZONE;
    if (!t.tzid) return this.floating;
    const hit = this.cache.get(t.tzid);
    if (hit) return hit;
    const zone = this.resolve(t.tzid);
    this.cache.set(t.tzid, zone);
    return zone;
  }

  private resolve(tzid: string): Zone {
    const iana = tzidToIana(tzid);
    if (iana) return iana === 'UTC' ? UTC_ZONE : ianaZone(iana);
    const vt = this.vtimezones.get(tzid);
    if (vt) {
      const location = vt.props.find((p) => p.name === 'X-LIC-LOCATION')?.value;
      const locIana = location ? tzidToIana(location) : undefined;
      if (locIana) return locIana === 'UTC' ? UTC_ZONE : ianaZone(locIana);
      const text = serialise(vt);
      const known = definedZones.get(text);
      if (known) return known;
      try {
        const comp = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
        const zone = vtimezoneZone(new ICAL.Timezone(comp));
        // ical.js expands a definition from its first DTSTART (Outlook's is 1601) on first use: keep it for the next import.
        if (definedZones.size >= 64) definedZones.clear();
        definedZones.set(text, zone);
        return zone;
      } catch {
        return this.floating;
      }
    }
    // An unknown TZID without a definition: the least surprising reading is the calendar's own zone.
    return this.floating;
  }
}

/** Instant (ms) of a parsed time; all-day values count from midnight in the given zone. */
export function instantOf(t: IcsTime, zone: Zone): number {
  return zone.toInstant(t.wall);
}

/** Format an instant as RFC 3339 with the zone's offset at that instant. */
export function formatRfc3339(ms: number, zone: Zone): string {
  const offset = zone.offsetAt(ms);
  const d = new Date(ms + offset * 60_000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const base = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (offset === 0) return `${base}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(offset));
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** YYYY-MM-DD of a wall clock. */
export function formatDate(w: Wall): string {
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

function serialise(c: Component): string {
  const lines: string[] = [`BEGIN:${c.name}`];
  for (const p of c.props) {
    const params = Object.entries(p.params)
      .map(([k, v]) => `;${k}=${/[;:,]/.test(v) ? `"${v}"` : v}`)
      .join('');
    lines.push(`${p.name}${params}:${p.value}`);
  }
  for (const child of c.children) lines.push(serialise(child));
  lines.push(`END:${c.name}`);
  return lines.join('\r\n');
}
