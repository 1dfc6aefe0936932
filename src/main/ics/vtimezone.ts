/**
 * VTIMEZONE blocks from the runtime's own tz database (via luxon), so an
 * export that says TZID=Europe/Berlin also carries the definition RFC 5545
 * asks for — without a second, possibly stale, copy of tzdata.
 */
import { IANAZone } from 'luxon';

const DAY = 86_400_000;

interface Transition {
  /** First instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/**
 * VTIMEZONE content lines for `zone`, exact for every instant between the two years.
 * Written the way Outlook understands: one STANDARD and one DAYLIGHT with a yearly
 * RRULE (BYMONTH + BYDAY) when the zone follows such a rule over the range; Outlook
 * shifts events when given a list of dated observances instead (iCalcreator#86).
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const tz = IANAZone.create(zone);
  if (!tz.isValid) throw new Error(`unknown time zone ${zone}`);
  // Start a year early so the first observance's onset precedes every instant that needs it.
  const rangeStart = Date.UTC(fromYear - 1, 0, 1);
  const rangeEnd = Date.UTC(toYear + 1, 0, 1);
  const transitions = findTransitions(tz, rangeStart, rangeEnd);
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const first = tz.offset(rangeStart);
  if (transitions.length === 0) {
    lines.push(...observance(tz, 'STANDARD', Date.UTC(1970, 0, 1) - first * 60_000, first, first));
  } else {
    const yearly = yearlyRules(transitions, fromYear - 1, toYear);
    if (yearly) {
      for (const r of yearly) lines.push(...observance(tz, r.kind, r.first.at, r.first.from, r.first.to, r.rrule));
    } else {
      // A zone that changed its rules inside the range: list every transition.
      lines.push(...observance(tz, first > Math.min(...transitions.map((t) => t.from)) ? 'DAYLIGHT' : 'STANDARD', rangeStart, first, first));
      for (const t of transitions) lines.push(...observance(tz, t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t.at, t.from, t.to));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

interface YearlyRule {
  kind: 'STANDARD' | 'DAYLIGHT';
  first: Transition;
  rrule: string;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** One RRULE per direction when every year has the same two transitions; else undefined. */
function yearlyRules(transitions: Transition[], fromYear: number, toYear: number): YearlyRule[] | undefined {
  const years = toYear - fromYear + 1;
  const out: YearlyRule[] = [];
  for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
    const list = transitions.filter((t) => (t.to > t.from) === (kind === 'DAYLIGHT'));
    if (list.length !== years) return undefined;
    const shapes = list.map((t) => {
      const local = new Date(t.at + t.from * 60_000);
      const day = local.getUTCDate();
      const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
      const wd = WEEKDAYS[local.getUTCDay()]!;
      const same = `${local.getUTCMonth() + 1}|${local.getUTCHours()}:${local.getUTCMinutes()}|${t.from}|${t.to}`;
      return { same, nth: `${Math.ceil(day / 7)}${wd}`, last: day + 7 > daysInMonth ? `-1${wd}` : undefined, month: local.getUTCMonth() + 1 };
    });
    const head = shapes[0]!;
    if (!shapes.every((x) => x.same === head.same)) return undefined;
    const byday = shapes.every((x) => x.nth === head.nth) ? head.nth : shapes.every((x) => x.last && x.last === head.last) ? head.last : undefined;
    if (!byday) return undefined;
    out.push({ kind, first: list[0]!, rrule: `RRULE:FREQ=YEARLY;BYMONTH=${head.month};BYDAY=${byday}` });
  }
  return out;
}

function findTransitions(tz: IANAZone, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let prevAt = start;
  let prev = tz.offset(start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const cur = tz.offset(t);
    if (cur !== prev) {
      // Narrow to the minute: zones change on minute boundaries.
      let lo = prevAt;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (tz.offset(mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: prev, to: cur });
      prev = cur;
    }
    prevAt = t;
  }
  return out;
}

function observance(tz: IANAZone, kind: 'STANDARD' | 'DAYLIGHT', at: number, from: number, to: number, rrule?: string): string[] {
  // DTSTART is the local time of the onset, read in the offset that was in force before it.
  const local = new Date(at + from * 60_000);
  const name = tz.offsetName(at, { format: 'short', locale: 'en-US' });
  const lines = [`BEGIN:${kind}`, `DTSTART:${basic(local)}`];
  if (rrule) lines.push(rrule);
  lines.push(`TZOFFSETFROM:${offset(from)}`, `TZOFFSETTO:${offset(to)}`);
  if (name && /^[A-Za-z]{2,6}$/.test(name)) lines.push(`TZNAME:${name}`);
  lines.push(`END:${kind}`);
  return lines;
}

function basic(d: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
