/** Wall-clock ↔ instant conversion in an IANA time zone with Intl only, so recurrences keep their local time across DST. */

export interface Wall {
  y: number;
  mo: number; // 1-12
  d: number;
  h: number;
  mi: number;
  s: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a zone. */
export function toWall(ms: number, tz: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts['year']!, mo: parts['month']!, d: parts['day']!, h: parts['hour']!, mi: parts['minute']!, s: parts['second']! };
}

/** Offset of the zone at an instant, in minutes east of UTC. */
export function offsetMinutes(ms: number, tz: string): number {
  const w = toWall(ms, tz);
  return Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time names in a zone (two passes settle DST edges). */
export function fromWall(w: Wall, tz: string): number {
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  let ms = asUtc - offsetMinutes(asUtc, tz) * 60_000;
  ms = asUtc - offsetMinutes(ms, tz) * 60_000;
  return ms;
}

const pad = (n: number, l = 2) => String(Math.abs(n)).padStart(l, '0');

/** RFC 3339 with the zone's offset, the way Google writes `dateTime` (e.g. 2026-09-02T09:00:00-04:00). */
export function formatInZone(ms: number, tz: string): string {
  const w = toWall(ms, tz);
  const off = offsetMinutes(ms, tz);
  const sign = off < 0 ? '-' : '+';
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** Add whole days to a calendar date 'YYYY-MM-DD'. */
export function addDaysToDate(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whether a zone name is usable by Intl. */
export function isValidZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}
