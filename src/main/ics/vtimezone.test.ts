import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { vtimezoneLines } from './vtimezone';

/**
 * Reads each hour's local wall time back through ical.js's reading of our VTIMEZONE
 * (the direction a DTSTART;TZID takes) and compares the instant with the tz database.
 * Hours within 3 h of a transition are skipped: a repeated wall time has two readings.
 */
function mismatches(zone: string, year: number): string[] {
  const comp = new ICAL.Component(ICAL.parse(vtimezoneLines(zone, year, year).join('\r\n')) as unknown[]);
  const tz = new ICAL.Timezone(comp);
  const iana = IANAZone.create(zone);
  const out: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 3_600_000) {
    if (iana.offset(ms - 3 * 3_600_000) !== iana.offset(ms + 3 * 3_600_000)) continue;
    const wall = new Date(ms + iana.offset(ms) * 60_000);
    const local = ICAL.Time.fromData({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: 0, isDate: false });
    const offset = tz.utcOffset(local) / 60;
    if (offset !== iana.offset(ms)) out.push(`${new Date(ms).toISOString()}: ${offset} != ${iana.offset(ms)}`);
  }
  return out;
}

describe('vtimezoneLines', () => {
  it('writes one yearly rule per direction, as Outlook needs', () => {
    const text = vtimezoneLines('Europe/Berlin', 2026, 2027).join('\n');
    expect(text.match(/BEGIN:DAYLIGHT/g)).toHaveLength(1);
    expect(text.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(vtimezoneLines('America/New_York', 2026, 2026).join('\n')).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
  });

  it('writes a single STANDARD for a zone without DST', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2026, 2026)).toEqual([
      'BEGIN:VTIMEZONE', 'TZID:Asia/Tokyo', 'X-LIC-LOCATION:Asia/Tokyo',
      'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'END:STANDARD', 'END:VTIMEZONE',
    ]);
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham', 'Africa/Casablanca'])(
    'gives ical.js the right offset every hour of the year in %s',
    (zone) => {
      expect(mismatches(zone, 2026)).toEqual([]);
    },
  );
});
