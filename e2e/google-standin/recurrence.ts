import { addDaysToDate, formatInZone, fromWall, toWall } from './zoned';
import type { EventResource } from './types';

interface Rule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count?: number;
  until?: number;
  byDay?: number[]; // 0 = Sunday
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const MAX_INSTANCES = 730;

/** Parse an RRULE date (20261231 or 20261231T235959Z) to an instant. */
function parseIcalDate(v: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(v);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 23), +(m[5] ?? 59), +(m[6] ?? 59));
}

/** The supported part of RFC 5545: FREQ=DAILY|WEEKLY with INTERVAL, COUNT, UNTIL, BYDAY. */
export function parseRule(recurrence: unknown): Rule | undefined {
  if (!Array.isArray(recurrence)) return undefined;
  const line = recurrence.find((r): r is string => typeof r === 'string' && r.startsWith('RRULE:'));
  if (!line) return undefined;
  const parts = Object.fromEntries(line.slice(6).split(';').map((kv) => kv.split('=') as [string, string]));
  if (parts['FREQ'] !== 'DAILY' && parts['FREQ'] !== 'WEEKLY') return undefined;
  const byDay = parts['BYDAY']?.split(',').map((d) => DAYS.indexOf(d.slice(-2))).filter((d) => d >= 0);
  return {
    freq: parts['FREQ'],
    interval: Math.max(1, Number(parts['INTERVAL'] ?? 1) || 1),
    count: parts['COUNT'] ? Number(parts['COUNT']) : undefined,
    until: parts['UNTIL'] ? parseIcalDate(parts['UNTIL']) : undefined,
    byDay: byDay?.length ? byDay.sort() : undefined,
  };
}

/** Whether an event is a recurring master this stand-in can expand. */
export function isRecurringMaster(ev: EventResource): boolean {
  return parseRule(ev['recurrence']) !== undefined && !ev['recurringEventId'];
}

/** Day offsets (from the first day) of each occurrence, in order, bounded by COUNT and the safety cap. */
function* dayOffsets(rule: Rule, startWeekday: number): Generator<number> {
  let emitted = 0;
  const max = Math.min(rule.count ?? MAX_INSTANCES, MAX_INSTANCES);
  if (rule.freq === 'DAILY' || !rule.byDay) {
    const step = rule.freq === 'DAILY' ? rule.interval : 7 * rule.interval;
    for (let k = 0; emitted < max; k++, emitted++) yield k * step;
    return;
  }
  // WEEKLY with BYDAY: weeks start on the first occurrence's week (Sunday-based, good enough here).
  for (let week = 0; emitted < max; week += rule.interval) {
    for (const wd of rule.byDay) {
      const offset = week * 7 + (wd - startWeekday);
      if (offset < 0) continue;
      if (emitted >= max) return;
      emitted++;
      yield offset;
    }
  }
}

type Time = { dateTime?: string; date?: string; timeZone?: string };

/** The instance id Google uses: `<id>_<YYYYMMDDTHHMMSSZ>` (timed) or `<id>_<YYYYMMDD>` (all-day). */
export function instanceId(masterId: string, start: Time): string {
  if (start.date) return `${masterId}_${start.date.replaceAll('-', '')}`;
  const iso = new Date(Date.parse(start.dateTime!)).toISOString();
  return `${masterId}_${iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

/**
 * Expand a recurring master into its instances (before overrides), stopping at `until`
 * (ms) when the rule is unbounded. Timed events keep their wall-clock time in their zone.
 */
export function expand(master: EventResource, calendarTz: string, until: number): EventResource[] {
  const rule = parseRule(master['recurrence']);
  const start = master['start'] as Time | undefined;
  const end = master['end'] as Time | undefined;
  if (!rule || !start || !end) return [];
  const { recurrence: _r, ...base } = master;
  const out: EventResource[] = [];
  const push = (s: Time, e: Time, startMs: number): boolean => {
    if (rule.until !== undefined && startMs > rule.until) return false;
    if (startMs > until && rule.count === undefined) return false;
    out.push({ ...base, id: instanceId(String(master['id']), s), recurringEventId: master['id'], originalStartTime: s, start: s, end: e });
    return true;
  };
  if (start.date && end.date) {
    const lengthDays = Math.round((Date.parse(end.date) - Date.parse(start.date)) / 86_400_000);
    const weekday = new Date(Date.parse(`${start.date}T00:00:00Z`)).getUTCDay();
    for (const off of dayOffsets(rule, weekday)) {
      const d = addDaysToDate(start.date, off);
      if (!push({ date: d }, { date: addDaysToDate(d, lengthDays) }, Date.parse(`${d}T00:00:00Z`))) break;
    }
    return out;
  }
  const tz = start.timeZone ?? calendarTz;
  const startMs = Date.parse(start.dateTime!);
  const durationMs = Date.parse(end.dateTime!) - startMs;
  const wall = toWall(startMs, tz);
  const weekday = new Date(Date.UTC(wall.y, wall.mo - 1, wall.d)).getUTCDay();
  for (const off of dayOffsets(rule, weekday)) {
    const day = new Date(Date.UTC(wall.y, wall.mo - 1, wall.d + off));
    const ms = fromWall({ ...wall, y: day.getUTCFullYear(), mo: day.getUTCMonth() + 1, d: day.getUTCDate() }, tz);
    const s: Time = { dateTime: formatInZone(ms, tz), timeZone: tz };
    const e: Time = { dateTime: formatInZone(ms + durationMs, end.timeZone ?? tz), timeZone: end.timeZone ?? tz };
    if (!push(s, e, ms)) break;
  }
  return out;
}
