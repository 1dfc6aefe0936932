/**
 * Expands RRULE / RDATE / EXDATE into the occurrences that touch a window,
 * with hard caps so a hostile or broken rule (FREQ=SECONDLY since 1900) can
 * neither hang the app nor flood the store.
 */
import ICAL from 'ical.js';
import { ContentLineError, type ContentLine } from './contentline';
import { wallAsUtcMs, type IcsTime, type Wall, type Zone } from './zones';

/** Most occurrences kept per recurring event inside the window. */
export const MAX_INSTANCES_PER_EVENT = 5000;
/** Most rule steps walked per event, counting those before the window. */
export const MAX_RULE_STEPS = 200_000;
/** Most rule steps walked for a whole file: bounds the time a hostile file can take. */
export const MAX_FILE_STEPS = 10_000_000;

/** Steps left for the whole file; shared by every expansion of one import. */
export interface StepBudget {
  left: number;
}

export interface Occurrence {
  wall: Wall;
  /** Instant of the start (for all-day: UTC midnight of the date). */
  ms: number;
}

export interface ExpandInput {
  start: IcsTime;
  zone: Zone;
  rrules: ContentLine[];
  rdates: IcsTime[];
  exdates: IcsTime[];
  zoneOf: (t: IcsTime) => Zone;
  /** Window in ms; all-day dates are compared with a day of slack on each side. */
  windowStart: number;
  windowEnd: number;
  budget: StepBudget;
}

const DAY = 86_400_000;

/** Occurrence start instants of a recurring event that start before the window's end. */
export function expandOccurrences(input: ExpandInput): Occurrence[] {
  const { start, zone } = input;
  const isDate = start.isDate;
  const toMs = (w: Wall): number => (isDate ? wallAsUtcMs(w) : zone.toInstant(w));
  const limit = isDate ? input.windowEnd + DAY : input.windowEnd;
  const byMs = new Map<number, Occurrence>();
  const add = (wall: Wall): void => {
    const ms = toMs(wall);
    if (!byMs.has(ms)) byMs.set(ms, { wall, ms });
  };

  const startMs = toMs(start.wall);
  if (startMs < limit) add(start.wall);
  for (const p of input.rrules) walkRule(p, input, toMs, limit, add);
  for (const r of input.rdates) {
    const wall = r.isDate === isDate && !r.utc && !r.tzid ? r.wall : rezone(r, input, isDate);
    if (toMs(wall) < limit) add(wall);
  }

  const excluded = new Set<number>();
  const excludedDays = new Set<string>();
  for (const x of input.exdates) {
    if (x.isDate && !isDate) excludedDays.add(dayKey(x.wall));
    else excluded.add(isDate ? wallAsUtcMs(x.wall) : input.zoneOf(x).toInstant(x.wall));
  }
  const out = [...byMs.values()]
    .filter((o) => !excluded.has(o.ms) && !excludedDays.has(dayKey(o.wall)))
    .sort((a, b) => a.ms - b.ms);
  return out;
}

function walkRule(p: ContentLine, input: ExpandInput, toMs: (w: Wall) => number, limit: number, add: (w: Wall) => void): void {
  let rule: ICAL.Recur;
  try {
    rule = ICAL.Recur.fromString(p.value.trim());
  } catch (e) {
    throw new ContentLineError(p.line, `RRULE is not valid (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!rule.freq) throw new ContentLineError(p.line, 'RRULE has no FREQ');
  const { start, zone } = input;
  const until = rule.until;
  if (until && !start.isDate && !until.isDate && until.zone === ICAL.Timezone.utcTimezone) {
    // UNTIL is an instant; the iterator compares wall clocks, so move it into the event's zone.
    const ms = Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second);
    const local = new Date(ms + zone.offsetAt(ms) * 60_000);
    rule.until = ICAL.Time.fromData({
      year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
      hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(), isDate: false,
    });
  } else if (until && start.isDate && !until.isDate) {
    rule.until = ICAL.Time.fromData({ year: until.year, month: until.month, day: until.day, isDate: true });
  }
  const dtstart = ICAL.Time.fromData({ ...start.wall, isDate: start.isDate });
  let kept = 0;
  try {
    const it = rule.iterator(dtstart);
    for (let steps = 0; steps < MAX_RULE_STEPS; steps++) {
      if (--input.budget.left < 0) {
        throw new ContentLineError(p.line, 'the repeating events in this file take too many steps to expand; import a shorter window');
      }
      const t = it.next();
      if (!t) break;
      const wall: Wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
      if (toMs(wall) >= limit) break;
      if (toMs(wall) >= input.windowStart - 2 * DAY) {
        add(wall);
        if (++kept >= MAX_INSTANCES_PER_EVENT) break;
      }
    }
  } catch (e) {
    if (e instanceof ContentLineError) throw e;
    throw new ContentLineError(p.line, `RRULE cannot be expanded (${e instanceof Error ? e.message : String(e)})`);
  }
}

function rezone(r: IcsTime, input: ExpandInput, isDate: boolean): Wall {
  if (isDate) return { ...r.wall, hour: 0, minute: 0, second: 0 };
  // An RDATE in another zone: find its wall clock in the event's zone.
  const ms = r.isDate ? input.zone.toInstant(r.wall) : input.zoneOf(r).toInstant(r.wall);
  const local = new Date(ms + input.zone.offsetAt(ms) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() };
}

function dayKey(w: Wall): string {
  return `${w.year}-${w.month}-${w.day}`;
}
