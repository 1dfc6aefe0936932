import { DateTime, IANAZone } from 'luxon';
import type Holidays from 'date-holidays';
import type { Policy } from '../domain/settings';

/**
 * Calendar arithmetic in the user's zone. Days are plain calendar dates ('YYYY-MM-DD'),
 * so "a week later" is counted in calendar days and never drifts by an hour over DST;
 * a day becomes an instant only at the end, at a wall-clock time in the user's zone.
 * Results are memoised: luxon and date-holidays are too slow to redo per step.
 */

export type Day = string; // 'YYYY-MM-DD'

export interface WorkCalendar {
  zone: string;
  workdayStart: string; // 'HH:MM'
  workdayEnd: string;
  country: string | null;
}

const MAX_CACHE = 200_000;
function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

const validZones = new Map<string, boolean>();
/** The user's zone when luxon knows it, else UTC (a bad setting must not break planning). */
export function safeZone(zone: string): string {
  let ok = validZones.get(zone);
  if (ok === undefined) ok = remember(validZones, zone, zone !== '' && IANAZone.isValidZone(zone));
  return ok ? zone : 'UTC';
}

/** The working calendar a plan is laid out on. */
export function workCalendarFor(timeZone: string, policy: Policy): WorkCalendar {
  return {
    zone: safeZone(timeZone),
    workdayStart: policy.workdayStart,
    workdayEnd: policy.workdayEnd,
    country: policy.holidaysCountry,
  };
}

const DAY_MS = 86_400_000;
const zoneOffsets = new Map<string, Map<number, number | null>>();
/**
 * The zone's UTC offset (minutes) at an instant, from luxon's tz data. Memoised per UTC
 * day when the offset is the same at both ends of it; a day holding a DST change asks
 * luxon for the exact instant instead.
 */
function offsetAt(ms: number, zone: string): number {
  let byDay = zoneOffsets.get(zone);
  if (!byDay) zoneOffsets.set(zone, (byDay = new Map()));
  const utcDay = Math.floor(ms / DAY_MS);
  let off = byDay.get(utcDay);
  const tz = IANAZone.create(zone);
  if (off === undefined) {
    const a = tz.offset(utcDay * DAY_MS);
    const b = tz.offset((utcDay + 1) * DAY_MS - 1);
    off = a === b ? a : null;
    if (byDay.size > MAX_CACHE) byDay.clear();
    byDay.set(utcDay, off);
  }
  return off ?? tz.offset(ms);
}

const dayNames = new Map<number, Day>();
/** The local calendar day an instant falls on. */
export function dayOf(ms: number, cal: WorkCalendar): Day {
  const local = ms + offsetAt(ms, cal.zone) * 60_000;
  const n = Math.floor(local / DAY_MS);
  const hit = dayNames.get(n);
  if (hit !== undefined) return hit;
  const day = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (dayNames.size > MAX_CACHE) dayNames.clear();
  dayNames.set(n, day);
  return day;
}

/** "15:00": the local wall-clock time of an instant. */
function clockOf(ms: number, zone: string): string {
  const local = ms + offsetAt(ms, zone) * 60_000;
  return new Date(local).toISOString().slice(11, 16);
}

const addCache = new Map<string, Day>();
/** Calendar days later (or earlier): dates only, so DST cannot move anything. */
export function addDays(day: Day, n: number): Day {
  const key = `${day}|${n}`;
  const hit = addCache.get(key);
  if (hit !== undefined) return hit;
  const d = DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: n }).toISODate() ?? day;
  return remember(addCache, key, d);
}

/** Months later, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: Day, n: number): Day {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ months: n }).toISODate() ?? day;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekdayCache = new Map<string, number>();
export function weekdayOf(day: Day): number {
  const hit = weekdayCache.get(day);
  if (hit !== undefined) return hit;
  return remember(weekdayCache, day, DateTime.fromISO(day, { zone: 'UTC' }).weekday);
}

type HolidayLibrary = typeof Holidays;
let loadLibrary: (() => HolidayLibrary) | undefined;
let library: HolidayLibrary | undefined;

/**
 * The host hands in date-holidays lazily: loading it costs over half a second, which every
 * start would pay even though most people never set a holiday country.
 */
export function useHolidayLibrary(load: () => HolidayLibrary): void {
  loadLibrary = load;
  library = undefined;
  countries = null;
  holidayEngines.clear();
  holidayYears.clear();
}

function holidayLibrary(): HolidayLibrary {
  if (!loadLibrary) throw new Error('public holidays are not available here (no holiday library was registered)');
  library ??= loadLibrary();
  return library;
}

let countries: Set<string> | null = null;
function countryList(): Set<string> {
  const Library = holidayLibrary();
  countries ??= new Set(Object.keys(new Library().getCountries()));
  return countries;
}

const holidayEngines = new Map<string, Holidays | null>();
const holidayYears = new Map<string, Set<Day>>();
function holidaysIn(country: string, year: number): Set<Day> {
  const key = `${country}|${year}`;
  const hit = holidayYears.get(key);
  if (hit) return hit;
  let engine = holidayEngines.get(country);
  if (engine === undefined) {
    const Library = holidayLibrary();
    engine = countryList().has(country) ? new Library(country) : null;
    holidayEngines.set(country, engine);
  }
  const days = new Set<Day>();
  if (engine) {
    for (const h of engine.getHolidays(year)) {
      // Official public holidays only: a bank half-day (Dec 24 in DE) is still a working day.
      if (h.type === 'public') days.add(h.date.slice(0, 10));
    }
  }
  holidayYears.set(key, days);
  return days;
}

/** Whether date-holidays knows the country (for policy validation). */
export function knowsHolidaysOf(country: string): boolean {
  if (!holidayEngines.has(country)) holidaysIn(country, 2026);
  return holidayEngines.get(country) !== null;
}

/** A public holiday in the policy's country (always false without one). */
export function isHoliday(day: Day, cal: WorkCalendar): boolean {
  if (cal.country === null) return false;
  return holidaysIn(cal.country, Number(day.slice(0, 4))).has(day);
}

/** Monday to Friday and not a public holiday. */
export function isBusinessDay(day: Day, cal: WorkCalendar): boolean {
  return weekdayOf(day) <= 5 && !isHoliday(day, cal);
}

const rollCache = new Map<string, Day>();
/** The day itself when it is a business day, else the next one: weekends move forward. */
export function businessDayOnOrAfter(day: Day, cal: WorkCalendar): Day {
  const key = `${cal.country ?? ''}|${day}`;
  const hit = rollCache.get(key);
  if (hit !== undefined) return hit;
  let d = day;
  for (let i = 0; i < 30 && !isBusinessDay(d, cal); i++) d = addDays(d, 1);
  return remember(rollCache, key, d);
}

/** Business days later, for "within five business days". */
export function addBusinessDays(day: Day, n: number, cal: WorkCalendar): Day {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d, cal)) left--;
  }
  return d;
}

const instantCache = new Map<string, number>();
/** The instant of a wall-clock time on a local day; a time in a DST gap moves forward. */
export function instantAt(day: Day, hhmm: string, cal: WorkCalendar): number {
  const key = `${cal.zone}|${day}|${hhmm}`;
  const hit = instantCache.get(key);
  if (hit !== undefined) return hit;
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const ms = DateTime.fromObject(
    { year: y, month: mo, day: d, hour: h, minute: mi },
    { zone: cal.zone },
  ).toMillis();
  return remember(instantCache, key, ms);
}

/** Start of the working day (policy.workdayStart, default 09:30 local). */
export function workdayStartOn(day: Day, cal: WorkCalendar): number {
  return instantAt(day, cal.workdayStart, cal);
}

/** End of the working day (policy.workdayEnd). */
export function workdayEndOn(day: Day, cal: WorkCalendar): number {
  return instantAt(day, cal.workdayEnd, cal);
}

/** Last instant of a local day, for "by Friday" (the whole of Friday is theirs). */
export function endOfDay(day: Day, cal: WorkCalendar): number {
  return instantAt(addDays(day, 1), '00:00', cal) - 1;
}

const labelCache = new Map<string, string>();
/** "Fri 23 Oct": short, unambiguous, in English like the rest of the plan's words. */
export function formatDay(day: Day): string {
  const hit = labelCache.get(day);
  if (hit !== undefined) return hit;
  const s = DateTime.fromISO(day, { zone: 'UTC' }).setLocale('en-US').toFormat('ccc d LLL');
  return remember(labelCache, day, s);
}

/** "Tuesday 13 October", for letters. */
const longLabelCache = new Map<string, string>();
export function formatLongDay(day: Day): string {
  const hit = longLabelCache.get(day);
  if (hit !== undefined) return hit;
  return remember(longLabelCache, day, DateTime.fromISO(day, { zone: 'UTC' }).setLocale('en-US').toFormat('cccc d LLLL'));
}

/** "Fri 23 Oct, 09:30" in the user's zone. */
export function formatInstant(ms: number, cal: WorkCalendar): string {
  return `${formatDay(dayOf(ms, cal))}, ${clockOf(ms, cal.zone)}`;
}

/** "15:00" in the user's zone. */
export function formatTime(ms: number, cal: WorkCalendar): string {
  return clockOf(ms, cal.zone);
}

/** ISO-8601 UTC, the one format the plan speaks. */
const isoCache = new Map<number, string>();
export function iso(ms: number): string {
  const hit = isoCache.get(ms);
  if (hit !== undefined) return hit;
  const text = new Date(ms).toISOString();
  if (isoCache.size > MAX_CACHE) isoCache.clear();
  isoCache.set(ms, text);
  return text;
}

/** Parse an ISO instant; NaN when it is not one. */
export function ms(isoText: string): number {
  return Date.parse(isoText);
}
