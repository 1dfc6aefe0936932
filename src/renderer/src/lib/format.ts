/**
 * Dates and times in the overview's locale and time zone, with Intl only (no luxon in the
 * renderer: it would double the bundle). Formatters are cached because a 1,000-lane timeline
 * formats thousands of dates and constructing Intl objects is the slow part.
 */

const DAY_MS = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat>();

function dtf(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = safeFormat(locale, timeZone, options);
    cache.set(key, f);
  }
  return f;
}

/** A bad locale or zone from settings must not blank the window: fall back to the system's. */
function safeFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale || undefined, { ...options, timeZone: timeZone || undefined });
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** The calendar date (y, m, d) an instant falls on in a zone. */
export function zonedParts(ms: number, timeZone: string): { y: number; m: number; d: number; h: number; min: number; weekday: number } {
  const parts = dtf('en-US', timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    y: Number(get('year')),
    m: Number(get('month')),
    d: Number(get('day')),
    h: Number(get('hour')) % 24,
    min: Number(get('minute')),
    weekday: weekdays.indexOf(get('weekday')),
  };
}

/** Days since the epoch of the calendar date an instant falls on in a zone (for day arithmetic). */
export function dayNumber(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return Math.floor(Date.UTC(p.y, p.m - 1, p.d) / DAY_MS);
}

/** The UTC instant of a wall-clock time (YYYY-MM-DD, HH:MM) in a zone; handles DST by re-checking. */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const offsetAt = (ms: number) => {
    const p = zonedParts(ms, timeZone);
    return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min) - Math.floor(ms / 60_000) * 60_000;
  };
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return new Date(guess).toISOString();
}

/** YYYY-MM-DD of an instant in a zone (for <input type=date>). */
export function isoDate(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

export interface Formatters {
  /** "Tue 13 Oct" (order per locale). */
  day(iso: string | number): string;
  /** "Tue 13 Oct, 09:30". */
  dayTime(iso: string | number): string;
  /** "09:30". */
  time(iso: string | number): string;
  /** "Oct 13" style short tick label. */
  short(iso: string | number): string;
  /** "today", "tomorrow", "in 3 days", "2 weeks ago": calendar days in the zone. */
  relative(iso: string | number): string;
  /** Whole calendar days from now to the instant (negative = past). */
  daysFromNow(iso: string | number): number;
}

const toMs = (v: string | number) => (typeof v === 'number' ? v : Date.parse(v));

/**
 * Intl formatting with a time zone costs tens of microseconds a call; lanes re-format the same
 * instants on every scroll frame, so results are remembered (bounded, cleared when full).
 */
function remembered(format: (ms: number) => string): (v: string | number) => string {
  const seen = new Map<number, string>();
  return (v) => {
    const ms = toMs(v);
    let text = seen.get(ms);
    if (text === undefined) {
      if (seen.size > 20_000) seen.clear();
      text = format(ms);
      seen.set(ms, text);
    }
    return text;
  };
}

/** Formatters bound to one overview's clock, locale and zone. */
export function makeFormatters(nowIso: string, locale: string, timeZone: string): Formatters {
  const now = Date.parse(nowIso);
  const today = dayNumber(now, timeZone);
  let rtf: Intl.RelativeTimeFormat;
  try {
    rtf = new Intl.RelativeTimeFormat(locale || undefined, { numeric: 'auto' });
  } catch {
    rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  }
  const dayF = dtf(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
  const dayTimeF = dtf(locale, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  const timeF = dtf(locale, timeZone, { hour: 'numeric', minute: '2-digit' });
  const shortF = dtf(locale, timeZone, { day: 'numeric', month: 'short' });
  const dayOf = remembered((ms) => String(dayNumber(ms, timeZone)));
  const daysFromNow = (v: string | number) => Number(dayOf(v)) - today;
  return {
    day: remembered((ms) => dayF.format(ms)),
    dayTime: remembered((ms) => dayTimeF.format(ms)),
    time: remembered((ms) => timeF.format(ms)),
    short: remembered((ms) => shortF.format(ms)),
    daysFromNow,
    relative: (v) => {
      const days = daysFromNow(v);
      // Weeks read more calmly than "in 17 days" once the distance passes a fortnight.
      if (Math.abs(days) >= 14) return rtf.format(Math.round(days / 7), 'week');
      return rtf.format(days, 'day');
    },
  };
}

/** "2m ago", "3h ago": for the sync status, where minutes matter. */
export function agoShort(fromIso: string, nowMs: number): string {
  const mins = Math.max(0, Math.round((nowMs - Date.parse(fromIso)) / 60_000));
  if (mins < 1) return 'just now';
  if (mins < 60) return `${mins}m ago`;
  const hours = Math.round(mins / 60);
  if (hours < 48) return `${hours}h ago`;
  return `${Math.round(hours / 24)}d ago`;
}

export { DAY_MS };
